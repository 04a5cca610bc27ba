/** The Emergency SOS read model: each SOS with its tier, money and status, for the hospital's lists and details. */
package com.shiftledger.query.sos;
