package org.mandate.server.account;

import java.util.Objects;
import org.mandate.core.MemberId;

/** Whoever a session or token stands for: a member, or the server's operator, never both. */
public sealed interface Principal permits Principal.Member, Operator {

    /** A member of the federation, known to the domain by id only. */
    record Member(MemberId id) implements Principal {
        public Member {
            Objects.requireNonNull(id, "id");
        }
    }
}
