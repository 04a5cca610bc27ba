package com.shiftledger.api.dashboard;

import com.shiftledger.api.money.Money;

/**
 * What a professional's dashboard counts, kept up to date from events: the positions they completed, the shifts they
 * held a position on that were cancelled, and their earnings (shift pay and Emergency SOS extra pay credited to their
 * wallet) in all and this month. The answer to {@link FindProfessionalFiguresQuery}.
 */
public record ProfessionalFigures(long professionalId, long completedShifts, long cancelledShifts, Money earnings,
                                  Money earningsThisMonth) {
}
