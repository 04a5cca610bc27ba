/** The auditor console: static pages served at /console/ that call the ledger and audit APIs with a bearer token. */
package com.shiftledger.app.console;
