/**
 * The one JSON form of Mandate's commands, events and rejections, used by every adapter (CLI, API,
 * store, record), and the canonical bytes (RFC 8785) that the public record hashes.
 */
package org.mandate.codec;
