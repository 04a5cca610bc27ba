package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import org.axonframework.eventhandling.TrackingToken;

import java.util.List;
import java.util.Set;

/**
 * How far the event processors have got, as the audit needs it to tell lag from loss: the tokens of a processor's
 * segments, the sequences it parked, and each projection's lag. Supplied by the application's operations module.
 */
public interface ProcessorProgress {

    /** The token of every segment of the processor (null for a segment that has not started); empty when unknown. */
    List<TrackingToken> segmentTokens(String processor);

    /** The sequences (for the wallet projection: aggregate identifiers) the processor has parked events of. */
    Set<String> parkedSequences(String processor);

    /** Every projection's lag, as {@link AuditReport} shows it. */
    List<AuditReport.ProjectionLag> lags();
}
