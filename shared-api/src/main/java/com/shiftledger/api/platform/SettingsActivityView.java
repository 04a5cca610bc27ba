package com.shiftledger.api.platform;

import java.time.Instant;

/** One change of one setting in the activity log: who changed what from which value to which, and when. */
public record SettingsActivityView(long id, String setting, String oldValue, String newValue, long changedById,
                                   String changedByName, Instant createdAt) {
}
