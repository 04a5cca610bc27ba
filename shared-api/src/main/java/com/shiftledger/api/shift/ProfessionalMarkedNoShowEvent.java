package com.shiftledger.api.shift;

/** An accepted professional did not come to the shift; their position is not paid. */
public record ProfessionalMarkedNoShowEvent(ShiftId shiftId, long applicationId, long professionalId,
                                            String remarks) {
}
