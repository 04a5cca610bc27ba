package com.shiftledger.command.subscription;

import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.subscription.ClaimMonthlyUseCommand;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.api.subscription.MonthlyUseClaimedEvent;
import com.shiftledger.api.subscription.MonthlyUseReleasedEvent;
import com.shiftledger.api.subscription.MonthlyUsageId;
import com.shiftledger.api.subscription.ReleaseMonthlyUseCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What a hospital used of its plan's monthly limits in one calendar month. Every shift, SOS, roster and vacancy is
 * claimed here before it is made, so two requests at once cannot both take the month's last one: the claims of a
 * month are decided one after the other, and a claim past the limit is refused. A month's usage is its own
 * aggregate, so its history ends with the month.
 */
@Aggregate
class MonthlyUsage {

    @AggregateIdentifier
    private MonthlyUsageId usageId;
    private final Map<MonthlyUse, Set<String>> claimed = new EnumMap<>(MonthlyUse.class);

    protected MonthlyUsage() {
        // required by Axon to rebuild the month's usage from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ClaimMonthlyUseCommand command) {
        if (command.use() == null || command.reference() == null || command.reference().isBlank()) {
            throw new IllegalArgumentException("A claim names what it is for and the thing it is made for.");
        }
        Set<String> uses = claimed.getOrDefault(command.use(), Set.of());
        if (uses.contains(command.reference())) {
            return (long) uses.size();
        }
        int used = uses.size();
        if (command.limit() != null && used >= command.limit()) {
            MonthlyUse use = command.use();
            throw RejectedException.forbidden(command.subscribed() ? use.planExhausted() : use.freePlanExhausted());
        }
        apply(new MonthlyUseClaimedEvent(command.usageId(), command.use(), command.reference(), command.at()));
        return used + 1L;
    }

    @CommandHandler
    void handle(ReleaseMonthlyUseCommand command) {
        if (claimed.getOrDefault(command.use(), Set.of()).contains(command.reference())) {
            apply(new MonthlyUseReleasedEvent(usageId, command.use(), command.reference(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(MonthlyUseClaimedEvent event) {
        usageId = event.usageId();
        claimed.computeIfAbsent(event.use(), any -> new HashSet<>()).add(event.reference());
    }

    @EventSourcingHandler
    void on(MonthlyUseReleasedEvent event) {
        claimed.getOrDefault(event.use(), new HashSet<>()).remove(event.reference());
    }
}
