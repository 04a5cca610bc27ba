/**
 * Staffing partners (the IntelyCare model): a partner client creates shifts for its linked hospital with an API key,
 * sends the timecards of the work done, and is told through signed webhooks when a professional is accepted, has
 * completed and been paid, is released, or the shift is deleted.
 */
package com.shiftledger.api.partner;
