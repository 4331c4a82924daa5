/**
 * A body's charter: its own rules for each kind of decision (method, quorum, threshold, windows,
 * secrecy), how it admits members, and, for a council, how its member bodies ratify, annul and weigh.
 * A charter changes only by a decision taken under its own amendment rule.
 */
package org.mandate.core.charter;
