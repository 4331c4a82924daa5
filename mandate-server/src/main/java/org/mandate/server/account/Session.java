package org.mandate.server.account;

import java.time.Instant;

/**
 * A session just opened. {@code token} goes into the HttpOnly, SameSite cookie and is stored only as its
 * SHA-256; {@code csrfToken} goes into the next form and is good for one post.
 */
public record Session(String token, Principal principal, Instant expires, String csrfToken) {
    @Override
    public String toString() {
        return "Session[" + principal + ", expires " + expires + "]";
    }
}
