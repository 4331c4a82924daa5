/**
 * Verification of RFC 9162 inclusion and consistency proofs, which needs no tree, and receipts:
 * a C2SP tlog-proof for one event that carries the event's own bytes, so that it proves content
 * and not only position.
 */
package org.mandate.record.proof;
