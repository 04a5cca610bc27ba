/** The ShiftPro REST envelope and list shapes shared by the command and query endpoints. */
package com.shiftledger.api.rest;
