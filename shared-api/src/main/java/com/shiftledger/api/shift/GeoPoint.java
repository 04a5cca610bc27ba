package com.shiftledger.api.shift;

import java.math.BigDecimal;

/** A place on earth in decimal degrees, for checking that a professional checks in at the hospital. */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /** The great-circle distance in metres (haversine). */
    public long metresTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a))));
    }
}
