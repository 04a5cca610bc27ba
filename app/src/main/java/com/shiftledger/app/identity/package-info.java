/** Identity: users, their hospital or professional profiles, bearer tokens, registration and login. */
package com.shiftledger.app.identity;
