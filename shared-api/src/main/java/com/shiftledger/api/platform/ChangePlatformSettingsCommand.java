package com.shiftledger.api.platform;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An admin ({@code adminUserId}, {@code adminName}) changes platform settings at {@code at}. Before the first
 * change the {@code defaults} (the {@code shiftledger.*} settings) are in force. Answered with the
 * {@link PlatformTerms} now in force; see {@link PlatformSettingsChangedEvent}.
 */
public record ChangePlatformSettingsCommand(@TargetAggregateIdentifier String settingsId, PlatformTerms defaults,
                                            SettingsChanges changes, long adminUserId, String adminName,
                                            Instant at) {

    /** The one settings aggregate of the platform. */
    public static final String PLATFORM = "platform-settings";
}
