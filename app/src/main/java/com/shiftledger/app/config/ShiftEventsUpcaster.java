package com.shiftledger.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Revision 2 of the shift's events keeps the refund terms on the shift's terms and the instant a released refund
 * becomes available on its release. Events stored before (no revision) were priced under the seed's refund
 * terms, a 10 % fee and a 7-day hold, which were then the only ones: they are read with those.
 */
class ShiftEventsUpcaster extends SingleEventUpcaster {

    static final String REVISION = "2";
    static final BigDecimal SEED_REFUND_FEE_PERCENT = BigDecimal.TEN;
    static final Duration SEED_HOLD_PERIOD = Duration.ofDays(7);
    private static final Set<String> TYPES = Set.of(ShiftCreatedEvent.class.getName(),
            ShiftRevisedEvent.class.getName(), ShiftPayRaisedEvent.class.getName(),
            ShiftFundingRequestedEvent.class.getName(), ShiftEscrowReleasedEvent.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getRevision() == null && TYPES.contains(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return event.upcastPayload(new SimpleSerializedType(type, REVISION), JsonNode.class, payload -> {
            ObjectNode upcast = payload.deepCopy();
            if (upcast.get("terms") instanceof ObjectNode terms && !terms.has("refund")) {
                ObjectNode refund = JsonNodeFactory.instance.objectNode();
                refund.put("feePercent", SEED_REFUND_FEE_PERCENT);
                refund.put("holdPeriod", SEED_HOLD_PERIOD.toString());
                terms.set("refund", refund);
            }
            if (type.equals(ShiftEscrowReleasedEvent.class.getName()) && !upcast.hasNonNull("availableAt")
                    && upcast.hasNonNull("releasedAt")) {
                Instant releasedAt = Instant.parse(upcast.get("releasedAt").asText());
                upcast.put("availableAt", releasedAt.plus(SEED_HOLD_PERIOD).toString());
            }
            return upcast;
        });
    }
}
