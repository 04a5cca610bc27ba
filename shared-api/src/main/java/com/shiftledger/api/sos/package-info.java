/** The Emergency SOS: extra pay a hospital holds in escrow for professionals who answer an unfilled shift in time. */
package com.shiftledger.api.sos;
