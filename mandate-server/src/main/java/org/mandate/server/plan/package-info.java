/**
 * The server's side of participatory planning: when a plan period falls due (its gathering of
 * statements ended, or a human round ran out), the next stretch of the planning procedure is computed
 * here with {@code mandate-economy} and submitted to the writer as the system, where the core checks it
 * ({@link org.mandate.server.plan.DuePlans}). No rule lives here: what a stretch may record is the core's.
 *
 * <p>The procedure runs beside the writer, not on it: at twenty thousand councils it takes over a
 * second, during which votes would otherwise queue (docs/benchmarks.md, "A plan period on the server's
 * writer"). What it reads cannot change until its stretch is recorded, so it computes exactly what the
 * writer would have. Its events are in the record like any other, so a replay folds them and finds
 * nothing due again: nothing is recomputed on restart, and a stretch that was under way when the
 * server stopped is computed again by the first tick after it starts.
 */
package org.mandate.server.plan;
