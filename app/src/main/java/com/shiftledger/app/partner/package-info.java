/**
 * Staffing partners on the app side: the registry of partner clients (rate card, API key, webhook secrets), the
 * partner key authentication of {@code /partner/v1}, the webhook outbox fed by its own projection, its signed and
 * ordered delivery with retries, and the partners' events feed.
 */
package com.shiftledger.app.partner;
