/** The Emergency SOS across aggregates: opening and funding it, paying its extra pay, returning its refunds. */
package com.shiftledger.saga.sos;
