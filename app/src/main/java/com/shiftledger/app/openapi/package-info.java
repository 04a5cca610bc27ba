/**
 * The OpenAPI document at {@code /v3/api-docs} as the wire really is: the application's own JSON names and money,
 * the seed's envelope and error shape, the headers each operation honours, and an example for every request body.
 */
package com.shiftledger.app.openapi;
