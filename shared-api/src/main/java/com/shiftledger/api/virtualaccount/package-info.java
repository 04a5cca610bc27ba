/** Virtual accounts: a hospital's Razorpay Smart Collect account that bank transfers top up, and its mandate. */
package com.shiftledger.api.virtualaccount;
