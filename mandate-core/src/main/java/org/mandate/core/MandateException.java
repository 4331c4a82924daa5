package org.mandate.core;

/**
 * The one unchecked root of Mandate's exceptions. Exceptions are for bugs and infrastructure faults;
 * a command from outside that breaks a rule is not an exception but a {@link org.mandate.core.rule.Rejection}.
 */
public class MandateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MandateException(String message) {
        super(message);
    }

    public MandateException(String message, Throwable cause) {
        super(message, cause);
    }
}
