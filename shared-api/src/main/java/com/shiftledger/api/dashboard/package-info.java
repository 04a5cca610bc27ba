/** The figures of the hospital, professional and admin dashboards, counted from events, and the activity feed. */
package com.shiftledger.api.dashboard;
