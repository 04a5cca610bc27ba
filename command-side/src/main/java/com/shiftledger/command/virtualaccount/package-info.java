/** Virtual accounts: a hospital's Razorpay Smart Collect account, its bank transfers and its mandate top-ups. */
package com.shiftledger.command.virtualaccount;
