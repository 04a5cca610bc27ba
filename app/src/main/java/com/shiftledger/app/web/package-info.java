/** The seed's error shape for every refusal, whether it comes from a controller, the security chain or a filter. */
package com.shiftledger.app.web;
