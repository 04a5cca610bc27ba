package com.shiftledger.api.platform;

import java.time.Instant;
import java.util.List;

/**
 * An admin changed platform settings: the {@code terms} now in force, and each setting that changed, from which
 * value to which, by whom and when. What started before keeps the terms it started with.
 */
public record PlatformSettingsChangedEvent(String settingsId, PlatformTerms terms, List<SettingChange> changes,
                                           long changedByUserId, String changedByName, Instant changedAt) {
}
