/** The auditor's checks, made against the event store itself rather than any read model. */
package com.shiftledger.query.audit;
