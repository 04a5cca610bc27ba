package com.shiftledger.wallet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.referral.CoinsReceipt;
import com.shiftledger.api.referral.CreditReferralBonusCommand;
import com.shiftledger.api.referral.RedeemCoinsCommand;
import com.shiftledger.api.referral.RedemptionReceipt;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.wallet.CaptureTopUpCommand;
import com.shiftledger.api.wallet.CreateTopUpOrderCommand;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.RequestWithdrawalCommand;
import com.shiftledger.api.wallet.TopUpChannel;
import com.shiftledger.api.wallet.TransactionReceipt;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalReceipt;
import com.shiftledger.command.web.Rejections;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A busy wallet is snapshotted (as JSON, by the storage serializer) and rebuilt from the snapshot plus later
 * events to exactly the state its whole history gives: same balance, same remembered orders.
 */
class WalletSnapshotTest extends IntegrationTest {

    private static final int ORDERS = 110;

    @Test
    void aWalletRebuiltFromItsSnapshotDecidesExactlyAsItsHistoryDoes() throws Exception {
        Party hospital = registerHospital();
        WalletId wallet = new WalletId(hospital.walletId());
        for (int i = 1; i <= ORDERS; i++) {
            commands.sendAndWait(new CreateTopUpOrderCommand(wallet, order(hospital, i), Money.ofPaise(100L * i)));
            commands.sendAndWait(new CaptureTopUpCommand(wallet, order(hospital, i), "pay_" + i,
                    TopUpChannel.WEBHOOK, null));
        }
        long expected = 100L * ORDERS * (ORDERS + 1) / 2;

        await().atMost(Duration.ofSeconds(20)).until(() -> snapshotCount(hospital) > 0);
        String snapshot = jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshot_event_entry "
                + "where aggregate_identifier = ? order by sequence_number desc limit 1", String.class,
                hospital.aggregateId());
        Map<String, Object> state = new ObjectMapper().readValue(snapshot,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(state).containsKeys("walletId", "account", "balance", "orders");

        TransactionReceipt repeated = commands.sendAndWait(new CaptureTopUpCommand(wallet, order(hospital, 7),
                "pay_7", TopUpChannel.VERIFY, null));
        assertThat(repeated.repeated()).isTrue();
        assertThat(repeated.balance().paise()).isEqualTo(expected);
        long withdrawalId = 990_000_000L + hospital.walletId();
        Throwable beyond = catchThrowable(() -> commands.sendAndWait(new RequestWithdrawalCommand(wallet,
                withdrawalId, Money.ofPaise(expected + 1), PayoutMethod.UPI, "pd_snapshot", "beyond")));
        assertThat(Rejections.of(beyond)).hasValueSatisfying(rejection -> {
            assertThat(rejection.kind()).isEqualTo(RejectionKind.INSUFFICIENT_BALANCE);
            assertThat(rejection.currentBalance().paise()).isEqualTo(expected);
        });
        WithdrawalReceipt all = commands.sendAndWait(new RequestWithdrawalCommand(wallet, withdrawalId,
                Money.ofPaise(expected), PayoutMethod.UPI, "pd_snapshot", "all"));
        assertThat(all.balance().paise()).isZero();
        assertThat(all.reserved().paise()).isEqualTo(expected);
    }

    @Test
    void aWalletRebuiltFromItsSnapshotKeepsItsCoinsAndTheirReferences() throws Exception {
        Party hospital = registerHospital();
        WalletId wallet = new WalletId(hospital.walletId());
        long userId = api.get("/api/v1/auth/profile", hospital.token()).data().path("user").path("id").asLong();
        commands.sendAndWait(new CreditReferralBonusCommand(wallet, userId, 9_000_000L + userId, Coins.of(50),
                "snapshot-bonus"));
        RedemptionReceipt first = commands.sendAndWait(new RedeemCoinsCommand(wallet, userId, Coins.of(10),
                BigDecimal.ONE, "snapshot-redeem"));
        for (int i = 1; i <= ORDERS; i++) {
            commands.sendAndWait(new CreateTopUpOrderCommand(wallet, order(hospital, i), Money.ofPaise(100L * i)));
            commands.sendAndWait(new CaptureTopUpCommand(wallet, order(hospital, i), "pay_" + i,
                    TopUpChannel.WEBHOOK, null));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> snapshotCount(hospital) > 0);
        String snapshot = jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshot_event_entry "
                + "where aggregate_identifier = ? order by sequence_number desc limit 1", String.class,
                hospital.aggregateId());
        Map<String, Object> state = new ObjectMapper().readValue(snapshot,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(state).containsKeys("coins", "coinAccount", "bonusesByReference", "redemptionsByReference");

        RedemptionReceipt repeated = commands.sendAndWait(new RedeemCoinsCommand(wallet, userId, Coins.of(10),
                BigDecimal.ONE, "snapshot-redeem"));
        assertThat(repeated.repeated()).isTrue();
        assertThat(repeated.transactionId()).isEqualTo(first.transactionId());
        CoinsReceipt bonusAgain = commands.sendAndWait(new CreditReferralBonusCommand(wallet, userId,
                9_000_000L + userId, Coins.of(50), "snapshot-bonus"));
        assertThat(bonusAgain.coins()).isEqualTo(Coins.of(40));
        Throwable beyond = catchThrowable(() -> commands.sendAndWait(new RedeemCoinsCommand(wallet, userId,
                Coins.of(41), BigDecimal.ONE, "snapshot-beyond")));
        assertThat(Rejections.of(beyond)).hasValueSatisfying(rejection ->
                assertThat(rejection.kind()).isEqualTo(RejectionKind.VALIDATION));
        RedemptionReceipt rest = commands.sendAndWait(new RedeemCoinsCommand(wallet, userId, Coins.of(40),
                BigDecimal.ONE, "snapshot-rest"));
        assertThat(rest.coinsAfter()).isEqualTo(Coins.NONE);
    }

    private static String order(Party hospital, int n) {
        return "order_snap" + hospital.walletId() + "x" + n;
    }

    private long snapshotCount(Party party) {
        Long count = jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, party.aggregateId());
        return count == null ? 0 : count;
    }
}
