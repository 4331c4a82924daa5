/**
 * The public record: an append-only RFC 6962 Merkle log over byte strings, with signed C2SP
 * checkpoints, C2SP tiles, inclusion and consistency proofs, exported histories and the offline
 * verifier. It knows nothing about the domain or any database: every event is an opaque byte
 * string, hashed exactly as stored. The byte-level format is specified in docs/record-format.md.
 */
package org.mandate.record;
