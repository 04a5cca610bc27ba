package com.shiftledger.api.rejection;

/** The kinds of refusal and the HTTP status each answers with. */
public enum RejectionKind {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    INSUFFICIENT_BALANCE(402),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    VALIDATION(422),
    STILL_PROCESSING(503);

    private final int status;

    RejectionKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
