package com.shiftledger.command.referral;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.Role;
import com.shiftledger.api.money.Coins;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.referral.CoinsReceipt;
import com.shiftledger.api.referral.FindReferralTermsQuery;
import com.shiftledger.api.referral.FindReferrerQuery;
import com.shiftledger.api.referral.RecordReferralCommand;
import com.shiftledger.api.referral.RedeemCoinsCommand;
import com.shiftledger.api.referral.RedemptionReceipt;
import com.shiftledger.api.referral.ReferralTerms;
import com.shiftledger.api.referral.Referrer;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.TransactionView;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletView;
import com.shiftledger.command.web.MoneyLimits;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.RequestReference;
import com.shiftledger.command.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A hospital's or a professional's referral coins: a referral code applied after registration (the code's owner
 * and the caller each get their bonus once), and coins redeemed into the wallet at the exchange rate in force
 * ({@code coins:{user} → coins:platform} and {@code platform:referrals → wallet}, in one event).
 */
@RestController
@Tag(name = "Referrals")
class ReferralController {

    static final String APPLIED = "Referral code applied successfully";
    static final String REDEEMED = "Coins redeemed successfully";
    static final String UNKNOWN_CODE = "The selected referral code is invalid.";
    static final String ONLY_WALLET_OWNERS = "Only hospitals and professionals have referral coins.";
    static final long LARGEST_REDEMPTION = 1_000_000_000L;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadAfterWrite readAfterWrite;
    private final MoneyLimits limits;

    ReferralController(CommandGateway commands, QueryGateway queries, ReadAfterWrite readAfterWrite,
                       MoneyLimits limits) {
        this.commands = commands;
        this.queries = queries;
        this.readAfterWrite = readAfterWrite;
        this.limits = limits;
    }

    /** The body of {@code POST /common/referrals/apply}. */
    @StrictJson
    record ReferralApplyRequest(@NotBlank(message = "The referral code field is required.")
                        @Size(max = 20, message = "The referral code may not be greater than 20 characters.")
                        String referralCode) {
    }

    /** The caller's bonus for the referral and the coins they hold now. */
    record ReferralApplied(String referralCode, long refereeBonus, long coins) {
    }

    @PostMapping("/api/v1/common/referrals/apply")
    @Operation(summary = "Apply another user's referral code after registration: both get their bonus coins once",
            description = "referral_code: the code on the other user's profile (GET /auth/profile). The caller gets "
                    + "referee_bonus coins and the code's owner referral_bonus coins (GET /admin/referrals/settings). "
                    + "A user is referred once: a second code, one's own code, or the code of a user the caller "
                    + "referred is a 422.")
    ApiResponse<ReferralApplied> apply(@AuthenticationPrincipal Caller caller,
                                       @Valid @RequestBody ReferralApplyRequest request) {
        WalletId walletId = requireWalletOwner(caller);
        Referrer referrer = queries.query(new FindReferrerQuery(request.referralCode()), Referrer.class).join();
        if (referrer == null || !referrer.verified()) {
            throw RejectedException.invalid("referral_code", UNKNOWN_CODE);
        }
        ReferralTerms terms = queries.query(new FindReferralTermsQuery(), ReferralTerms.class).join();
        CoinsReceipt receipt = commands.sendAndWait(new RecordReferralCommand(walletId, caller.userId(),
                referrer.userId(), referrer.walletId(), referrer.referralCode(), terms.refereeBonus(),
                terms.referralBonus(), referrer.referredByUserId()));
        readAfterWrite.walletAt(walletId, receipt.walletVersion());
        return ApiResponse.ok(APPLIED, new ReferralApplied(referrer.referralCode(), terms.refereeBonus().count(),
                receipt.coins().count()));
    }

    /** The body of {@code POST /common/referrals/redeem}: a whole number of coins. */
    @StrictJson
    record CoinsRedeemRequest(@NotNull(message = "The coins field is required.") BigDecimal coins) {
    }

    /** What was redeemed, what it became, the coins left, and the wallet with the new transaction. */
    record CoinsRedeemed(long coinsRedeemed, Money amount, BigDecimal coinExchangeRate, long coins, WalletView wallet,
                    TransactionView transaction) {
    }

    @PostMapping("/api/v1/common/referrals/redeem")
    @Operation(summary = "Redeem referral coins into the wallet at the coin exchange rate in force",
            description = "coins: a whole number from 1 to what the caller holds. The wallet is credited coins × "
                    + "coin_exchange_rate rupees, half-up to the paisa, from platform:referrals (history category "
                    + "referral_redemption); the coins go back to coins:platform in the same event. More coins than "
                    + "held is a 422 and nothing moves. Send an Idempotency-Key to redeem once however often the "
                    + "request is repeated.")
    ApiResponse<CoinsRedeemed> redeem(@AuthenticationPrincipal Caller caller, RequestReference reference,
                                 @Valid @RequestBody CoinsRedeemRequest request) {
        WalletId walletId = requireWalletOwner(caller);
        Coins coins = wholeCoins(request.coins());
        ReferralTerms terms = queries.query(new FindReferralTermsQuery(), ReferralTerms.class).join();
        if (coins.worth(terms.coinExchangeRate()).toRupees().compareTo(limits.maxOperationAmount()) > 0) {
            throw RejectedException.invalid("coins", "These coins are worth more than one request may move (₹"
                    + limits.maxOperationAmount().toPlainString() + "); redeem fewer at a time.");
        }
        RedemptionReceipt receipt = commands.sendAndWait(new RedeemCoinsCommand(walletId, caller.userId(), coins,
                terms.coinExchangeRate(), reference.or("redeem:" + UUID.randomUUID())));
        readAfterWrite.walletAt(walletId, receipt.walletVersion());
        WalletView wallet = queries.query(new FindWalletQuery(walletId), WalletView.class).join();
        TransactionView transaction = readAfterWrite.transaction(receipt.transactionId()).orElse(null);
        BigDecimal rate = shown(receipt.coinExchangeRate());
        return ApiResponse.ok(REDEEMED, new CoinsRedeemed(receipt.coins().count(), receipt.amount(), rate,
                receipt.coinsAfter().count(), wallet, transaction));
    }

    /** A rate as the seed writes it: {@code 1.0}, {@code 0.25}. */
    static BigDecimal shown(BigDecimal rate) {
        BigDecimal plain = rate.stripTrailingZeros();
        return plain.scale() < 1 ? plain.setScale(1) : plain;
    }

    private static Coins wholeCoins(BigDecimal coins) {
        if (coins.signum() <= 0 || coins.stripTrailingZeros().scale() > 0
                || coins.compareTo(BigDecimal.valueOf(LARGEST_REDEMPTION)) > 0) {
            throw RejectedException.invalid("coins", "The coins must be a whole number from 1 to "
                    + LARGEST_REDEMPTION + ".");
        }
        return Coins.of(coins.longValueExact());
    }

    private static WalletId requireWalletOwner(Caller caller) {
        if (caller.role() != Role.HOSPITAL && caller.role() != Role.PROFESSIONAL) {
            throw RejectedException.forbidden(ONLY_WALLET_OWNERS);
        }
        return caller.requireWallet();
    }
}
