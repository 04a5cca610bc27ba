/**
 * The partner API (the IntelyCare model, {@code /partner/v1}): a partner client creates, changes and deletes shifts
 * for its linked hospital and sends the timecards of the work done. Its shifts are ShiftLedger shifts, priced from
 * its rate card and paid from the hospital's wallet; which shift a partner's {@code externalShiftId} names is kept in
 * the {@link com.shiftledger.command.partner.PartnerShiftDirectory}.
 */
package com.shiftledger.command.partner;
