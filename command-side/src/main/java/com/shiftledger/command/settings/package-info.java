/** The platform's settings: the terms in force, changed by an admin, each change an event. */
package com.shiftledger.command.settings;
