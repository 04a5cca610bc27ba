package com.shiftledger.command.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.virtualaccount.ActivateMandateCommand;
import com.shiftledger.api.virtualaccount.ConfirmMandateTopUpCommand;
import com.shiftledger.api.virtualaccount.CreateVirtualAccountCommand;
import com.shiftledger.api.virtualaccount.MandateActivatedEvent;
import com.shiftledger.api.virtualaccount.MandateTopUpConfirmedEvent;
import com.shiftledger.api.virtualaccount.MandateTopUpOrderedEvent;
import com.shiftledger.api.virtualaccount.MandateTopUpReceipt;
import com.shiftledger.api.virtualaccount.ReceivingAccount;
import com.shiftledger.api.virtualaccount.TopUpThroughMandateCommand;
import com.shiftledger.api.virtualaccount.VirtualAccountCreatedEvent;
import com.shiftledger.api.virtualaccount.VirtualAccountId;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A virtual account opens for a hospital, activates its mandate, and tops the wallet up through it: only with an
 * active mandate, capped at the mandate's maximum, one order per trigger, each order confirmed once.
 */
class VirtualAccountTest {

    private static final VirtualAccountId ACCOUNT = new VirtualAccountId(7);
    private static final WalletId WALLET = new WalletId(40);
    private static final long HOSPITAL = 12;
    private static final Instant AT = Instant.parse("2030-01-01T10:00:00Z");
    private static final ReceivingAccount RECEIVING = new ReceivingAccount("va_Ab12Cd34Ef56Gh", "2223330012345678",
            "RATN0VAAPIS", "RBL Bank", "City Hospital Main");
    private static final Money MAX = Money.ofRupees(50_000);
    private static final VirtualAccountCreatedEvent CREATED = new VirtualAccountCreatedEvent(ACCOUNT, HOSPITAL, WALLET,
            "City Hospital Main", RECEIVING, true, MAX, 1, AT);
    private static final MandateActivatedEvent ACTIVATED = new MandateActivatedEvent(ACCOUNT, HOSPITAL,
            "cust_Ab12Cd34Ef56Gh", "token_Ab12Cd34Ef56Gh", MAX, 1, AT);

    private FixtureConfiguration<VirtualAccount> fixture;
    private final RecordingSmartCollect smartCollect = new RecordingSmartCollect();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(VirtualAccount.class);
        fixture.registerInjectableResource(smartCollect);
    }

    @Test
    void anAdminOpensAHospitalsVirtualAccount() {
        fixture.givenNoPriorActivity()
                .when(new CreateVirtualAccountCommand(ACCOUNT, HOSPITAL, WALLET, "City Hospital Main", RECEIVING, true,
                        MAX, 1, AT))
                .expectEvents(CREATED);
    }

    @Test
    void anAccountWithoutAMandateKeepsNoMaximum() {
        fixture.givenNoPriorActivity()
                .when(new CreateVirtualAccountCommand(ACCOUNT, HOSPITAL, WALLET, "City Hospital Main", RECEIVING,
                        false, MAX, 1, AT))
                .expectEvents(new VirtualAccountCreatedEvent(ACCOUNT, HOSPITAL, WALLET, "City Hospital Main",
                        RECEIVING, false, null, 1, AT));
    }

    @Test
    void theMandateIsActivatedUpToTheAccountsMaximum() {
        fixture.given(CREATED)
                .when(new ActivateMandateCommand(ACCOUNT, "cust_Ab12Cd34Ef56Gh", "token_Ab12Cd34Ef56Gh", null, 1, AT))
                .expectEvents(ACTIVATED)
                .expectResultMessagePayload(VirtualAccountView.of(7, HOSPITAL, 40, "City Hospital Main", RECEIVING,
                        true, MAX, "cust_Ab12Cd34Ef56Gh", "token_Ab12Cd34Ef56Gh", AT, AT));
    }

    @Test
    void theSameMandateAgainRecordsNothing() {
        fixture.given(CREATED, ACTIVATED)
                .when(new ActivateMandateCommand(ACCOUNT, "cust_Ab12Cd34Ef56Gh", "token_Ab12Cd34Ef56Gh", MAX, 2, AT))
                .expectNoEvents();
    }

    @Test
    void aMandateNeedsAMaximumAmount() {
        fixture.given(new VirtualAccountCreatedEvent(ACCOUNT, HOSPITAL, WALLET, "Main", RECEIVING, false, null, 1, AT))
                .when(new ActivateMandateCommand(ACCOUNT, "cust_Ab12Cd34Ef56Gh", "token_Ab12Cd34Ef56Gh", null, 1, AT))
                .expectNoEvents()
                .expectException(RejectedException.class)
                .expectExceptionMessage(VirtualAccount.MAX_AMOUNT_REQUIRED);
    }

    @Test
    void aTopUpThroughTheMandateIsOrderedAndPendingUntilRazorpayConfirmsIt() {
        fixture.given(CREATED, ACTIVATED)
                .when(new TopUpThroughMandateCommand(ACCOUNT, Money.ofRupees(2_000), "alert:91"))
                .expectEvents(new MandateTopUpOrderedEvent(ACCOUNT, HOSPITAL, WALLET, "alert:91", "order_Test00000001",
                        "pay_Test00000001", Money.ofRupees(2_000), Money.ofRupees(2_000)))
                .expectResultMessagePayload(new MandateTopUpReceipt(ACCOUNT, WALLET, "alert:91", "order_Test00000001",
                        "pay_Test00000001", Money.ofRupees(2_000), Money.ofRupees(2_000), false, false));
        assertThat(smartCollect.charges).containsExactly("200000 va-7-topup-1 cust_Ab12Cd34Ef56Gh "
                + "token_Ab12Cd34Ef56Gh");
    }

    @Test
    void aTopUpAboveTheMandatesMaximumIsCappedAtIt() {
        fixture.given(CREATED, ACTIVATED)
                .when(new TopUpThroughMandateCommand(ACCOUNT, Money.ofRupees(80_000), "alert:92"))
                .expectEvents(new MandateTopUpOrderedEvent(ACCOUNT, HOSPITAL, WALLET, "alert:92", "order_Test00000001",
                        "pay_Test00000001", MAX, Money.ofRupees(80_000)));
    }

    @Test
    void theSameTriggerTwiceCreatesOneOrder() {
        MandateTopUpOrderedEvent ordered = new MandateTopUpOrderedEvent(ACCOUNT, HOSPITAL, WALLET, "alert:93",
                "order_Earlier0000001", null, Money.ofRupees(1_000), Money.ofRupees(1_000));
        fixture.given(CREATED, ACTIVATED, ordered)
                .when(new TopUpThroughMandateCommand(ACCOUNT, Money.ofRupees(3_000), "alert:93"))
                .expectNoEvents()
                .expectResultMessagePayload(new MandateTopUpReceipt(ACCOUNT, WALLET, "alert:93",
                        "order_Earlier0000001", null, Money.ofRupees(1_000), Money.ofRupees(1_000), false, true));
        assertThat(smartCollect.charges).isEmpty();
    }

    @Test
    void cannotTopUpWithoutAnActiveMandate() {
        fixture.given(CREATED)
                .when(new TopUpThroughMandateCommand(ACCOUNT, Money.ofRupees(1_000), "alert:94"))
                .expectNoEvents()
                .expectException(RejectedException.class)
                .expectExceptionMessage(VirtualAccount.NO_ACTIVE_MANDATE);
        assertThat(smartCollect.charges).isEmpty();
    }

    @Test
    void razorpaysConfirmationIsRecordedOncePerOrder() {
        MandateTopUpOrderedEvent ordered = new MandateTopUpOrderedEvent(ACCOUNT, HOSPITAL, WALLET, "alert:95",
                "order_Earlier0000002", "pay_Earlier0000002", Money.ofRupees(1_000), Money.ofRupees(1_000));
        MandateTopUpConfirmedEvent confirmed = new MandateTopUpConfirmedEvent(ACCOUNT, WALLET, "alert:95",
                "order_Earlier0000002", "pay_Earlier0000002", Money.ofRupees(1_000));
        fixture.given(CREATED, ACTIVATED, ordered)
                .when(new ConfirmMandateTopUpCommand(ACCOUNT, "order_Earlier0000002", "pay_Earlier0000002",
                        Money.ofRupees(1_000)))
                .expectEvents(confirmed);
        fixture.given(CREATED, ACTIVATED, ordered, confirmed)
                .when(new ConfirmMandateTopUpCommand(ACCOUNT, "order_Earlier0000002", "pay_Earlier0000002",
                        Money.ofRupees(1_000)))
                .expectNoEvents()
                .expectResultMessagePayload(new MandateTopUpReceipt(ACCOUNT, WALLET, "alert:95",
                        "order_Earlier0000002", "pay_Earlier0000002", Money.ofRupees(1_000), Money.ofRupees(1_000),
                        true, true));
    }

    @Test
    void aConfirmationOfAnotherAmountIsRefused() {
        MandateTopUpOrderedEvent ordered = new MandateTopUpOrderedEvent(ACCOUNT, HOSPITAL, WALLET, "alert:96",
                "order_Earlier0000003", null, Money.ofRupees(1_000), Money.ofRupees(1_000));
        fixture.given(CREATED, ACTIVATED, ordered)
                .when(new ConfirmMandateTopUpCommand(ACCOUNT, "order_Earlier0000003", "pay_X", Money.ofRupees(999)))
                .expectNoEvents()
                .expectException(RejectedException.class)
                .expectExceptionMessage(VirtualAccount.AMOUNT_DIFFERS_FROM_ORDER);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        fixture.given(CREATED, ACTIVATED)
                .when(new ConfirmMandateTopUpCommand(ACCOUNT, "order_Unknown0000001", "pay_X", Money.ofRupees(1)))
                .expectNoEvents()
                .expectExceptionMessage(VirtualAccount.TOP_UP_NOT_FOUND);
    }

    /** Razorpay as the fixture needs it: each charge recorded, fixed ids answered. */
    static final class RecordingSmartCollect implements SmartCollect {

        final List<String> charges = new ArrayList<>();

        @Override
        public ReceivingAccount openVirtualAccount(String name, long hospitalId, long virtualAccountId) {
            return RECEIVING;
        }

        @Override
        public void closeVirtualAccount(String razorpayId) {
        }

        @Override
        public Optional<String> mandateProblem(String customerId, String tokenId, Money maxAmount) {
            return Optional.empty();
        }

        @Override
        public MandateCharge chargeMandate(Money amount, String receipt, String customerId, String tokenId,
                                           long hospitalId) {
            charges.add(amount.paise() + " " + receipt + " " + customerId + " " + tokenId);
            return new MandateCharge("order_Test0000000" + charges.size(), "pay_Test0000000" + charges.size());
        }
    }
}
