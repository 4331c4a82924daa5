/**
 * The {@code mandate} command line: a thin shell that reads input, hands commands to the core and
 * prints what came of them. It holds no rules of its own.
 */
package org.mandate.cli;
