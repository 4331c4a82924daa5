package org.mandate.server.account;

/** Why a login or a reset was refused, in words that can be shown as they are. */
public enum Refusal {
    /** The same words for an unknown member id and a wrong password, so accounts cannot be probed. */
    WRONG_CREDENTIALS("wrong member id or password"),
    RATE_LIMITED("too many failed attempts; wait a quarter of an hour and try again"),
    /** Unknown, used, expired, superseded or another member's code: the same words for each. */
    INVALID_CODE("this reset code is not valid: it may be mistyped, used, expired or replaced by a newer one");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
