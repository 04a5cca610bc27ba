/** What the query endpoints share: parsing and checking list filters. */
package com.shiftledger.query.web;
