package com.shiftledger.api.sos;

import java.util.List;

/** One page of a hospital's {@link EmergencySosView}s, newest first, and how many there are. */
public record EmergencySosPage(List<EmergencySosView> items, long total, int page, int perPage) {
}
