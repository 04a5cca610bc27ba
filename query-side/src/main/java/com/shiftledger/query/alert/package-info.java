/** The low amount alerts read model: every hospital wallet's alerts, open or reviewed, as the admin lists them. */
package com.shiftledger.query.alert;
