/** The process that watches hospital wallets' balances fall and asks their low-balance watch whether to alert. */
package com.shiftledger.saga.alert;
