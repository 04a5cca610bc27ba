/** The platform's calendar and the terms in force (fees, refund hold period) that new shifts and refunds take on. */
package com.shiftledger.api.platform;
