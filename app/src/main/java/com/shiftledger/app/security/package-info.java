/** Who may call what: bearer tokens, roles per path, and JSON answers for 401 and 403. */
package com.shiftledger.app.security;
