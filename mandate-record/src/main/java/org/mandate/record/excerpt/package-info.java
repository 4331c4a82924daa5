/**
 * Excerpts of the record: a chosen set of events (one body's, say), each with its RFC 9162
 * inclusion proof against one signed checkpoint, in a line-per-event text file that a reader can
 * take away and verify offline. An excerpt proves that every event it holds is in the signed log at
 * its position; it cannot prove that no event was left out. Format: docs/record-format.md section 10.
 */
package org.mandate.record.excerpt;
