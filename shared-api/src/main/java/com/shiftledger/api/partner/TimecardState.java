package com.shiftledger.api.partner;

import java.time.Instant;

/** A shift's timecard as it stands: what it says, when it was sent and last corrected, and when it is final. */
public record TimecardState(Timecard timecard, Instant recordedAt, Instant correctedAt, Instant finalAt) {
}
