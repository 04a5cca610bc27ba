package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.ReleaseRefundCommand;
import com.shiftledger.api.refund.RequestRefundCommand;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.support.Api;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /hospital/wallet/refunds} and the wallet's pending refunds. The refunds are opened, released and
 * completed through the Refund aggregate, their money released from a shift's funded escrow.
 */
class HospitalRefundQueryTest extends ShiftEventsTest {

    private static final String REFUNDS = "/api/v1/hospital/wallet/refunds";

    @Test
    void refundsAreListedNewestFirstWithTheSeedsSummaryAndRemainingDays() {
        Party hospital = registerHospital();
        TestShift shift = fundAndPublish(draft(hospital, "Refunded", today().plusDays(6), ProfessionType.NURSE,
                1000, 3));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RefundId waiting = refund(shift, 1, ReleaseReason.PAY_LOWERED, 1100, 110, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(84)));
        RefundId due = refund(shift, 2, ReleaseReason.EXCESS_FUNDING, 550, 0, now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(2)));
        RefundId credited = refund(shift, 3, ReleaseReason.PAY_LOWERED, 700, 70, now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(3)));
        RefundId crediting = refund(shift, 4, ReleaseReason.EXCESS_FUNDING, 300, 0, now.minus(Duration.ofDays(8)),
                now.minus(Duration.ofDays(1)));
        // released refunds are credited by the refund release saga, each once
        commands.sendAndWait(new ReleaseRefundCommand(credited));
        commands.sendAndWait(new ReleaseRefundCommand(crediting));

        JsonNode body = awaitGet(REFUNDS, hospital, answer -> {
            assertThat(codes(answer)).containsExactly(waiting.code(), crediting.code(), due.code(), credited.code());
            assertThat(byCode(answer, credited).path("status").asText()).isEqualTo("completed");
            assertThat(byCode(answer, crediting).path("status").asText()).isEqualTo("completed");
        });
        assertThat(body.path("success").asBoolean()).isTrue();
        JsonNode paginator = body.path("data");
        assertThat(paginator.path("current_page").asInt()).isEqualTo(1);
        assertThat(paginator.path("per_page").asInt()).isEqualTo(15);
        assertThat(paginator.path("total").asInt()).isEqualTo(4);
        assertThat(paginator.path("last_page").asInt()).isEqualTo(1);
        assertThat(paginator.path("from").asInt()).isEqualTo(1);
        assertThat(paginator.path("to").asInt()).isEqualTo(4);

        JsonNode first = byCode(body, waiting);
        assertThat(first.path("id").isIntegralNumber()).isTrue();
        assertThat(first.path("refund_id").asText()).isEqualTo(waiting.code()).startsWith("REF-");
        assertThat(first.path("original_amount").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(first.path("service_charge_deducted").decimalValue()).isEqualByComparingTo("110.00");
        assertThat(first.path("refund_amount").decimalValue()).isEqualByComparingTo("990.00");
        assertThat(first.path("status").asText()).isEqualTo("pending");
        assertThat(first.path("reason").asText()).isEqualTo("Shift edit refund");
        assertThat(Instant.parse(first.path("requested_at").asText())).isEqualTo(now.minus(Duration.ofHours(1)));
        assertThat(Instant.parse(first.path("available_at").asText())).isEqualTo(now.plus(Duration.ofHours(84)));
        assertThat(first.path("remaining_days").asInt()).isEqualTo(4);
        assertThat(byCode(body, due).path("remaining_days").asInt()).isZero();
        assertThat(byCode(body, due).path("status").asText()).isEqualTo("pending");
        JsonNode completed = byCode(body, credited);
        assertThat(completed.path("remaining_days").asInt()).isZero();
        assertThat(completed.path("transaction_id").asText()).startsWith("TXN-");
        assertThat(completed.path("completed_at").asText()).endsWith("Z");
        assertThat(completed.path("shift_id").asLong()).isEqualTo(shift.value());

        JsonNode summary = body.path("summary");
        assertThat(summary.path("total_pending").asInt()).isEqualTo(2);
        assertThat(summary.path("total_pending_amount").decimalValue()).isEqualByComparingTo("1540.00");
        assertThat(summary.path("total_completed").asInt()).isEqualTo(2);
        assertThat(summary.path("total_completed_amount").decimalValue()).isEqualByComparingTo("930.00");

        assertThat(codes(get(hospital, REFUNDS + "?status=pending"))).containsExactly(waiting.code(), due.code());
        assertThat(codes(get(hospital, REFUNDS + "?status=processing"))).isEmpty();
        assertThat(codes(get(hospital, REFUNDS + "?status=completed"))).containsExactly(crediting.code(),
                credited.code());
        JsonNode failed = get(hospital, REFUNDS + "?status=failed");
        assertThat(codes(failed)).isEmpty();
        assertThat(failed.path("summary").path("total_pending").asInt()).isEqualTo(2);
        JsonNode second = get(hospital, REFUNDS + "?per_page=1&page=2");
        assertThat(codes(second)).containsExactly(crediting.code());
        assertThat(second.path("data").path("last_page").asInt()).isEqualTo(4);
        Api.Response invalid = api.get(REFUNDS + "?status=refunded", hospital.token());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().path("errors").has("status")).isTrue();
        assertThat(api.get(REFUNDS, registerProfessional("nurse").token()).status()).isEqualTo(403);

        JsonNode wallet = awaitWallet(hospital, "/api/v1/hospital/wallet", "930.00");
        assertThat(wallet.path("pending_refunds").decimalValue()).isEqualByComparingTo("1540.00");
        assertThat(api.get(REFUNDS, registerHospital().token()).data().path("data")).isEmpty();
        awaitCleanAudit(adminToken());
    }

    /** Opens a refund through the Refund aggregate, then releases its money from the shift's escrow into it. */
    private RefundId refund(TestShift shift, int releaseNumber, ReleaseReason reason, long releasedRupees,
                            long feeRupees, Instant requestedAt, Instant availableAt) {
        RefundId refundId = RefundId.forShiftRelease(shift.id(), releaseNumber);
        Money released = Money.ofRupees(releasedRupees);
        Money fee = Money.ofRupees(feeRupees);
        commands.sendAndWait(new RequestRefundCommand(refundId, shift.hospital().profileId(),
                new WalletId(shift.hospital().walletId()), shift.value(), released, fee, released.minus(fee),
                "Shift edit refund", requestedAt, availableAt));
        ShiftEscrowReleasedEvent release = release(shift, releaseNumber, reason, released, fee);
        assertThat(release.refundId()).isEqualTo(refundId);
        return refundId;
    }

    private JsonNode get(Party party, String path) {
        Api.Response response = api.get(path, party.token());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode byCode(JsonNode body, RefundId refundId) {
        for (JsonNode refund : body.path("data").path("data")) {
            if (refund.path("refund_id").asText().equals(refundId.code())) {
                return refund;
            }
        }
        throw new AssertionError("No refund " + refundId.code() + " in " + body);
    }

    private static List<String> codes(JsonNode body) {
        List<String> codes = new ArrayList<>();
        body.path("data").path("data").forEach(refund -> codes.add(refund.path("refund_id").asText()));
        return codes;
    }
}
