/** The process that tops a hospital wallet up through its Razorpay mandate when it falls below its threshold. */
package com.shiftledger.saga.virtualaccount;
