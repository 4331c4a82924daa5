/**
 * Petitions from below: a recall of a delegate or an office-holder, a referendum, an extraordinary
 * congress. Nobody's permission is needed: once the charter's threshold of signatures is reached, the
 * recall happens (or its vote opens), the referendum opens, the congress convenes.
 */
package org.mandate.core.petition;
