package com.shiftledger.api.shift;

import java.util.List;

/** Applications of one shift. */
public record ApplicationList(List<ApplicationView> applications) {
}
