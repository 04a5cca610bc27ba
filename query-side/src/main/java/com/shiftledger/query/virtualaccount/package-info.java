/** The admin's list of virtual accounts and their mandates. */
package com.shiftledger.query.virtualaccount;
