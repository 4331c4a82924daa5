package org.mandate.server.account;

/** A password (or an account) that the rules refuse; the message says which rule, to show as it is. */
public final class AccountRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public AccountRefused(String message) {
        super(message);
    }
}
