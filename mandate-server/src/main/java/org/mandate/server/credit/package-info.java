/**
 * The server's side of mutual credit: when a clearing the council scheduled falls due, the writer
 * computes it here with {@code mandate-economy} and submits it to the core, which checks it
 * ({@link org.mandate.server.credit.DueClearings}); and the same arithmetic explains an applied clearing
 * again from the record for the queries ({@link org.mandate.server.credit.ClearingReplay}). No rule lives
 * here: what a clearing may do is the core's.
 */
package org.mandate.server.credit;
