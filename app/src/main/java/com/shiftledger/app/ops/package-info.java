/** What an operator reads: Prometheus metrics of Axon, the processors, the dead letters and the ledger, and health. */
package com.shiftledger.app.ops;
