/** A shift: its pay and escrow, its applications and attendance, and the money its work releases. */
package com.shiftledger.api.shift;
