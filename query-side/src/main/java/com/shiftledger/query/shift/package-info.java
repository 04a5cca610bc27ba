/** The shift read model: shifts as hospitals and professionals see them, their applications and attendance. */
package com.shiftledger.query.shift;
