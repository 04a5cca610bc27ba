/** What the command endpoints share: amount validation, field errors, request references, the caller. */
package com.shiftledger.command.web;
