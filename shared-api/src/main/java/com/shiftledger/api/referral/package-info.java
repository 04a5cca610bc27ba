/** Referral coins: the settings an admin keeps, a referral and its bonuses, and coins redeemed into a wallet. */
package com.shiftledger.api.referral;
