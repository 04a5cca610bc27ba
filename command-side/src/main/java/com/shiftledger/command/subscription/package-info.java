/** Subscriptions: the plans an admin keeps, and each hospital's paid subscription and its term. */
package com.shiftledger.command.subscription;
