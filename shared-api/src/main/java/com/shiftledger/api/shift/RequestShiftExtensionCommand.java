package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The hospital or the professional of an accepted application asks at {@code at} that the professional's work on
 * the shift go on from {@code startDate} to {@code endDate}; {@code requesterId} is the hospital's or the
 * professional's profile id, and the days are scheduled at the shift's times in {@code zone}. See
 * {@link ShiftExtensionRequestedEvent}.
 */
public record RequestShiftExtensionCommand(@TargetAggregateIdentifier ShiftId shiftId, long extensionId,
                                           long applicationId, ExtensionSide requestedBy, long requesterId,
                                           LocalDate startDate, LocalDate endDate, ZoneId zone, Instant at) {
}
