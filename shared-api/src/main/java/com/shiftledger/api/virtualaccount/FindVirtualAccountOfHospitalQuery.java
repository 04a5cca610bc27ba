package com.shiftledger.api.virtualaccount;

/**
 * The virtual account of a hospital, for example to send it a {@link TopUpThroughMandateCommand}; answered with its
 * {@link VirtualAccountView}, or null when the hospital has none.
 */
public record FindVirtualAccountOfHospitalQuery(long hospitalId) {
}
