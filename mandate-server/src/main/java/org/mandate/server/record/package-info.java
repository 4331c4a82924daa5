/**
 * The public record as the server shows it: tiles, entry bundles, receipts and consistency proofs,
 * always at the latest durable signed checkpoint, read from the Merkle tree without a lock and from the
 * store's reader connections, so that serving the record never holds up the writer.
 */
package org.mandate.server.record;
