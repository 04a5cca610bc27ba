package com.shiftledger.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Shift events stored before their refund terms were kept on them are read with the seed's refund terms. */
class ShiftEventsUpcasterTest {

    private static final ShiftId SHIFT = new ShiftId(7);
    private static final RefundTerms SEED = new RefundTerms(BigDecimal.TEN, Duration.ofDays(7));

    private final ObjectMapper json = AxonConfiguration.storageObjectMapper();
    private final Serializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void aShiftCreatedBeforeRevisionTwoKeepsTheSeedsRefundTerms() throws Exception {
        ShiftSchedule schedule = ShiftSchedule.of(LocalDate.of(2026, 3, 1), LocalTime.of(8, 0), LocalTime.of(16, 0),
                false, ZoneId.of("Asia/Kolkata"));
        ShiftTerms terms = new ShiftTerms(PayType.FIXED, Money.ofRupees(1000), 2, BigDecimal.TEN,
                new RefundTerms(BigDecimal.ONE, Duration.ofDays(1)));
        ShiftCreatedEvent current = new ShiftCreatedEvent(SHIFT, 1, "City", new WalletId(2), "SFT-1",
                new ShiftDetails("ICU", null, ProfessionType.NURSE, null, ShiftPriority.NORMAL, false), schedule, terms,
                terms.price(schedule.scheduledMinutes()), null, true, null);
        ObjectNode stored = json.valueToTree(current);
        ((ObjectNode) stored.get("terms")).remove("refund");
        stored.remove("publishAtOnce");

        ShiftCreatedEvent read = upcastAndRead(ShiftCreatedEvent.class, stored);

        assertThat(read.terms().refund()).isEqualTo(SEED);
        assertThat(read.terms().payRate()).isEqualTo(Money.ofRupees(1000));
        assertThat(read.publishAtOnce()).isFalse();
    }

    @Test
    void aReleaseBeforeRevisionTwoBecomesAvailableAfterTheSeedsHoldPeriod() throws Exception {
        Instant releasedAt = Instant.parse("2026-03-01T10:00:00Z");
        ShiftEscrowReleasedEvent current = new ShiftEscrowReleasedEvent(SHIFT, 1, new WalletId(2),
                RefundId.forShiftRelease(SHIFT, 1), ReleaseReason.SHIFT_CANCELLED, Money.ofRupees(100),
                Money.ofRupees(10), Money.ofRupees(90), releasedAt, releasedAt);
        ObjectNode stored = json.valueToTree(current);
        stored.remove("availableAt");

        ShiftEscrowReleasedEvent read = upcastAndRead(ShiftEscrowReleasedEvent.class, stored);

        assertThat(read.availableAt()).isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
        assertThat(read.refundAmount()).isEqualTo(Money.ofRupees(90));
    }

    @Test
    void eventsOfRevisionTwoAreLeftAsTheyAre() throws Exception {
        Instant releasedAt = Instant.parse("2026-03-01T10:00:00Z");
        ShiftEscrowReleasedEvent current = new ShiftEscrowReleasedEvent(SHIFT, 1, new WalletId(2),
                RefundId.forShiftRelease(SHIFT, 1), ReleaseReason.SHIFT_CANCELLED, Money.ofRupees(100),
                Money.ofRupees(10), Money.ofRupees(90), releasedAt, releasedAt.plusSeconds(5));
        GenericDomainEventEntry<String> entry = entry(ShiftEscrowReleasedEvent.class,
                ShiftEventsUpcaster.REVISION, json.writeValueAsString(current));
        Stream<IntermediateEventRepresentation> upcast = new ShiftEventsUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)));

        ShiftEscrowReleasedEvent read = serializer.deserialize(upcast.findFirst().orElseThrow().getData());

        assertThat(read).isEqualTo(current);
    }

    private <T> T upcastAndRead(Class<T> type, ObjectNode stored) throws Exception {
        GenericDomainEventEntry<String> entry = entry(type, null, json.writeValueAsString(stored));
        IntermediateEventRepresentation upcast = new ShiftEventsUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo(ShiftEventsUpcaster.REVISION);
        return serializer.deserialize(upcast.getData());
    }

    private static GenericDomainEventEntry<String> entry(Class<?> type, String revision, String payload) {
        return new GenericDomainEventEntry<>("Shift", SHIFT.toString(), 0, "event-1", Instant.now(), type.getName(),
                revision, payload, "{}");
    }
}
