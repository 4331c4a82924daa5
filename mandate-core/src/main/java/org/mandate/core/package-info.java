/**
 * The pure domain of Mandate: a federation's state, the commands that ask to change it, the events
 * that record accepted changes, and the two functions that tie them together.
 *
 * <p>{@link org.mandate.core.Mandate#decide} turns a command into events or a named rejection without
 * touching the state; {@link org.mandate.core.Mandate#evolve} folds one event into the state. Time
 * and identifiers always come from outside (the command or the {@link org.mandate.core.Context}), so
 * replaying the same events rebuilds the same state exactly. This module depends on the JDK alone.
 */
package org.mandate.core;
