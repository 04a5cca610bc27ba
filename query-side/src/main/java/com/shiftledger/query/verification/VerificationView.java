package com.shiftledger.query.verification;

import com.shiftledger.api.ledger.AuditReport;

import java.time.Instant;
import java.util.List;

/**
 * A verification as the auditor sees it: how far it got ({@code eventsChecked} of {@code eventsTotal}), its state
 * ({@code running}, {@code ok}, {@code failed}), and once it ended every violation it found, or why it could not
 * finish ({@code failure}).
 */
record VerificationView(long id, String state, long eventsChecked, Long eventsTotal, long violationsCount,
                        List<AuditReport.Violation> violations, String failure, Instant startedAt,
                        Instant finishedAt) {
}
