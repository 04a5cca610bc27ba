package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * The side that did not ask accepted an extension and the hospital's wallet paid its price ({@code amount}, the
 * wallet transaction {@code transactionId}) into the shift's escrow under funding number {@code fundingNumber}: the
 * shift now covers the extension's days for the professional.
 */
public record ShiftExtensionAcceptedEvent(ShiftId shiftId, long extensionId, long applicationId, long hospitalId,
                                          long professionalId, ExtensionSide decidedBy, int fundingNumber,
                                          Money amount, String transactionId) {
}
