/** The settings read model: the terms in force (the defaults until an admin changes them) and the activity log. */
package com.shiftledger.query.settings;
