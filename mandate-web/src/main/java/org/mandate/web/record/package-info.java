/** The record page: the latest signed checkpoint, verifying offline with the CLI, and the way to any event's receipt. */
package org.mandate.web.record;
