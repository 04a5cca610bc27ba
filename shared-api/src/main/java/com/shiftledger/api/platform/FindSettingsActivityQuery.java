package com.shiftledger.api.platform;

/** Asks for one page of the settings' activity log, newest first; answered with a {@link SettingsActivityPage}. */
public record FindSettingsActivityQuery(int page, int perPage) {
}
