package com.shiftledger.app.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * At most {@link #MAX_BODY_BYTES} of request body, however it is sent: a declared {@code Content-Length} above it is
 * refused before anything is read, and a body without one (chunked) stops being read the moment it passes the
 * limit, so a large upload never reaches memory.
 */
final class BodyLimit extends HttpServletRequestWrapper {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final String TOO_LARGE = "The request body is too large (at most 1 MiB).";

    private ServletInputStream limited;

    BodyLimit(HttpServletRequest request) {
        super(request);
    }

    /** Thrown by the body's stream once more than {@link #MAX_BODY_BYTES} have been read. */
    static final class ExceededException extends IOException {
        ExceededException() {
            super(TOO_LARGE);
        }
    }

    /** Whether the failure was a body over the limit, wherever it was read. */
    static boolean exceededIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExceededException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Limited(super.getInputStream());
        }
        return limited;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** Counts what is read and fails past the limit. */
    private static final class Limited extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        Limited(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ExceededException {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new ExceededException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
