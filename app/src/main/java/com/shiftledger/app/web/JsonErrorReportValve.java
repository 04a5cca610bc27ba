package com.shiftledger.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The container's own error answer, for requests it refuses before the application sees them (a request target
 * with characters a URL may not hold, an encoded NUL or invalid UTF-8 in the path, headers over the limit): the
 * seed's error shape in JSON instead of Tomcat's HTML page, with no stack trace and no server version.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String message = switch (status) {
            case 400 -> "Bad request.";
            case 401 -> "Unauthenticated.";
            case 403 -> "You do not have permission to perform this action.";
            case 404 -> "Resource not found.";
            case 413 -> BodyLimit.TOO_LARGE;
            case 431 -> "The request headers are too large.";
            default -> status < 500 ? "The request was refused."
                    : "Something went wrong on our side. Please try again.";
        };
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"success\":false,\"message\":\"" + message + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more can be said
        }
    }
}
