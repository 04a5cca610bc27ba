/** Subscriptions: the plans an admin keeps, and the plan a hospital pays for from its wallet, with its limits. */
package com.shiftledger.api.subscription;
