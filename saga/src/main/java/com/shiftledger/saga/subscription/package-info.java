/** The process that carries a hospital's subscription purchase from its request to the wallet and back. */
package com.shiftledger.saga.subscription;
