/** The referral bonus process: a recorded referral pays the referrer's bonus into the referrer's wallet, once. */
package com.shiftledger.saga.referral;
