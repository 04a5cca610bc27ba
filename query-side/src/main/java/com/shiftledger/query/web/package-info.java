/** What the query endpoints share: parsing and checking list filters, and the platform's calendar. */
package com.shiftledger.query.web;
