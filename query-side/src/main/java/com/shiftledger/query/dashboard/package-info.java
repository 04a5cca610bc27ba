/** The dashboards' figures: counters per hospital, professional and platform, and per month, kept from events. */
package com.shiftledger.query.dashboard;
