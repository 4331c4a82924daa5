/**
 * The RFC 6962 / RFC 9162 Merkle tree over SHA-256: leaf and node hashing, the in-memory
 * append-only tree kept as compact arrays of hashes per level, roots at any past size, and
 * the streaming root builder used by the verifier. Proof generation lives here too because it
 * reads the stored levels; proof verification, which needs no tree, is in
 * {@code org.mandate.record.proof}.
 */
package org.mandate.record.merkle;
