/**
 * The single writer of a federation: commands applied in order against the in-memory state, each
 * batch's events made durable in the store in one transaction and appended to the Merkle record, and
 * only then acknowledged. At start the state is rebuilt from the store and checked against the record.
 */
package org.mandate.server.engine;
