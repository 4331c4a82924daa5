/**
 * Time as the record sees it: the clock command the shell sends, and the schedule of what falls due
 * (a deliberation ending, a vote closing, an objection window running out). What falls due becomes
 * events when a tick reaches it, never something a query computes on the fly.
 */
package org.mandate.core.clock;
