/** Notifications: an in-app list per user fed from events, and push delivery through Firebase Cloud Messaging. */
package com.shiftledger.app.notification;
