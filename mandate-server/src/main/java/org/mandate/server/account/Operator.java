package org.mandate.server.account;

import java.util.Objects;

/**
 * The server's operator: runs the server (backups, keys) and is no member. A distinct type, not a member
 * with a role, so that nothing that needs a {@link org.mandate.core.MemberId} (acting in a body, voting,
 * issuing a reset code) can be given an operator: the compiler refuses it.
 */
public record Operator(String name) implements Principal {
    public Operator {
        Objects.requireNonNull(name, "name");
    }
}
