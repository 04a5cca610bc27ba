/** The subscription plans and each hospital's latest paid subscription, as the admin and the hospital read them. */
package com.shiftledger.query.subscription;
