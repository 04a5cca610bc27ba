/** Who is calling: the authenticated user, their role and the hospital or professional they act for. */
package com.shiftledger.api.identity;
