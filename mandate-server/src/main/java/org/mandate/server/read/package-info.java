/**
 * What readers see: a state of the federation kept apart from the writer's and folded from durable
 * events by its own thread, so queries and pages never hold up a command, and every answer is as of a
 * whole number of events.
 */
package org.mandate.server.read;
