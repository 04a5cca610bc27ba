/** Referral coins: the referral settings an admin keeps as events, a referral code applied, coins redeemed. */
package com.shiftledger.command.referral;
