package com.shiftledger.api.shift;

import java.util.List;

/** One page of {@link ShiftView}s, without a count: the answer to {@link FindAllShiftsQuery}. */
public record ShiftList(List<ShiftView> items) {
}
