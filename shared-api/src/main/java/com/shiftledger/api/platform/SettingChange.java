package com.shiftledger.api.platform;

/**
 * One setting an admin changed, from which value to which, as the activity log shows it (values in the API's
 * notation: percentages as numbers, the hold period in ISO-8601, the tiers as JSON).
 */
public record SettingChange(String setting, String from, String to) {
}
