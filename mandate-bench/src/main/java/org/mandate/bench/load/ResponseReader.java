package org.mandate.bench.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads HTTP/1.1 responses from one connection's bytes, one at a time: the status, and the body by
 * {@code Content-Length} or chunked. Only what the generator needs: it never looks inside a body unless
 * the status is an error, to show one example.
 */
final class ResponseReader {
    private ByteBuffer buf = ByteBuffer.allocate(16 * 1024);
    private String errorBody;

    /** Where the channel reads into; grown when full so a large page still fits. */
    ByteBuffer buffer() {
        if (!buf.hasRemaining()) {
            ByteBuffer bigger = ByteBuffer.allocate(buf.capacity() * 2);
            buf.flip();
            bigger.put(buf);
            buf = bigger;
        }
        return buf;
    }

    /** The body of the last response with an error status, for the report. */
    String errorBody() {
        return errorBody;
    }

    /** The status of the next complete response, consumed from the buffer, or -1 if more bytes are needed. */
    int next() {
        byte[] b = buf.array();
        int limit = buf.position();
        int headerEnd = indexOf(b, 0, limit, "\r\n\r\n");
        if (headerEnd < 0) {
            return -1;
        }
        int bodyStart = headerEnd + 4;
        int status = (b[9] - '0') * 100 + (b[10] - '0') * 10 + (b[11] - '0');
        long length = -1;
        boolean chunked = false;
        int line = indexOf(b, 0, headerEnd + 2, "\r\n") + 2;
        while (line < headerEnd + 2) {
            int end = indexOf(b, line, headerEnd + 2, "\r\n");
            String header = new String(b, line, end - line, StandardCharsets.ISO_8859_1);
            int colon = header.indexOf(':');
            if (colon > 0) {
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase().contains("chunked")) {
                    chunked = true;
                }
            }
            line = end + 2;
        }
        int consumed;
        if (chunked) {
            consumed = chunkedEnd(b, bodyStart, limit);
            if (consumed < 0) {
                return -1;
            }
        } else {
            long end = bodyStart + Math.max(length, 0);
            if (end > limit) {
                return -1;
            }
            consumed = (int) end;
        }
        if (status >= 400) {
            errorBody = new String(b, bodyStart, consumed - bodyStart, StandardCharsets.UTF_8);
        }
        System.arraycopy(b, consumed, b, 0, limit - consumed);
        buf.position(limit - consumed);
        return status;
    }

    /** The end of a chunked body starting at {@code p}, or -1 if it has not all arrived (trailers are not expected). */
    private static int chunkedEnd(byte[] b, int p, int limit) {
        while (true) {
            int lineEnd = indexOf(b, p, limit, "\r\n");
            if (lineEnd < 0) {
                return -1;
            }
            String size = new String(b, p, lineEnd - p, StandardCharsets.ISO_8859_1);
            int semi = size.indexOf(';');
            int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            p = lineEnd + 2;
            if (n == 0) {
                return p + 2 <= limit ? p + 2 : -1;
            }
            if (p + n + 2 > limit) {
                return -1;
            }
            p += n + 2;
        }
    }

    private static int indexOf(byte[] b, int from, int to, String what) {
        outer:
        for (int i = from; i + what.length() <= to; i++) {
            for (int j = 0; j < what.length(); j++) {
                if (b[i + j] != what.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
