/** The admin's activity feed: what happened on the platform, newest first, written from events. */
package com.shiftledger.query.activity;
