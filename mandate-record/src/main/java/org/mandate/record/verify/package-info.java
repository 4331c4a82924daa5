/**
 * The offline verifier: checks an exported history file on its own and against the last
 * checkpoint this verifier saw for the same log, remembered in a file, and reports every
 * finding by name, index and sentence. Its {@code run} method is all a command line needs.
 */
package org.mandate.record.verify;
