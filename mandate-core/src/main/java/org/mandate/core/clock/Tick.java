package org.mandate.core.clock;

import org.mandate.core.Command;

/**
 * The clock command. The server sends it once a second and scripts send it explicitly; whatever has
 * fallen due by the context's time becomes events.
 */
public record Tick() implements Command {}
