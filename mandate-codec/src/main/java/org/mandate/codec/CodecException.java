package org.mandate.codec;

import org.mandate.core.MandateException;

/** Input that is not valid JSON, or not a known command, or a command missing a field: said plainly. */
public final class CodecException extends MandateException {
    private static final long serialVersionUID = 1L;

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
