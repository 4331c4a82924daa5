/**
 * The exported history file: every event as stored, each with its leaf hash, under the latest
 * signed checkpoint and the log's verifier key, so that the file verifies on its own. Writer
 * and streaming reader; the format is specified in docs/record-format.md.
 */
package org.mandate.record.history;
