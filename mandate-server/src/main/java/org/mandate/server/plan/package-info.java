/**
 * The server's side of participatory planning: when a plan period falls due (its gathering of statements
 * ended, or a human round ran out), the writer runs the next stretch of the planning procedure here with
 * {@code mandate-economy} on the writer's state and submits the rounds to the core, which checks them
 * ({@link org.mandate.server.plan.DuePlans}). No rule lives here: what a stretch may record is the core's.
 *
 * <p>A stretch runs on the writer's thread, after the tick that found it due, so that it sees exactly the
 * statements and proposals the record holds and nothing submitted meanwhile. For a federation-size plan
 * that is a few hundred milliseconds during which other commands wait; a plan falls due a handful of
 * times in a period (its first balancing and the end of each human round), so the pause is rare and the
 * simplicity of one writer is worth it. Its events are in the record like any other, so a replay folds
 * them and finds nothing due again: nothing is recomputed on restart.
 */
package org.mandate.server.plan;
