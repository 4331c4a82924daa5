/**
 * The tree laid out as C2SP tlog-tiles: immutable tiles of 256 hashes per tile level, partial
 * tiles {@code .p/W}, and entry bundles of uint16-length-prefixed entries, at the paths the spec
 * gives, so that standard transparency-log tooling can read the record served under
 * {@code /record/}.
 */
package org.mandate.record.tiles;
