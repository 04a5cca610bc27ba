/** The referral settings in force, as their events left them, and the admin's read of them. */
package com.shiftledger.query.referral;
