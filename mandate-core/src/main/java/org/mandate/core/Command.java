package org.mandate.core;

/**
 * A request to change the federation. Each concept has its own sealed family of commands (for
 * example {@code org.mandate.core.body.BodyCommand}); this interface only joins them.
 */
public interface Command {}
