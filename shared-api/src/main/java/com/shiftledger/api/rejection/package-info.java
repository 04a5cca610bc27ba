/** Why a request or command was refused, in terms the REST layer turns into the seed's error shape. */
package com.shiftledger.api.rejection;
