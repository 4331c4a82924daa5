package org.mandate.server.account;

/** The outcome of a login: a session, or a refusal. */
public sealed interface Login {

    record Success(Session session) implements Login {
    }

    record Refused(Refusal why) implements Login {
    }
}
