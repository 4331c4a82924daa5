/** The clearing report as the command line prints it: a text report for treasurers and a JSON one for programs. */
package org.mandate.cli.clearing;
