package com.shiftledger.api.dashboard;

/**
 * What the admin's dashboard counts over the whole platform, kept up to date from events: hospitals and professionals
 * registered (in all, and this month against last), every shift by status, and the revenue {@code platform:revenue}
 * earned (service charges and refund fees, in paise; in all, and this month against last). The answer to
 * {@link FindPlatformFiguresQuery}.
 */
public record PlatformFigures(long hospitals, MonthOverMonth hospitalRegistrations, long professionals,
                              MonthOverMonth professionalRegistrations, ShiftCounts shifts, long revenuePaise,
                              MonthOverMonth monthlyRevenuePaise) {
}
