/**
 * What readers see: a state of the federation kept apart from the writer's and folded from durable
 * events by its own thread, so queries and pages never hold up a command, and every answer is as of a
 * whole number of events. Beside it, the same thread folds {@link org.mandate.server.read.Indexes}: the
 * orders pages walk (bodies and members by id, each body's proposals as the record made them, each
 * vote's participants), so no request sorts a collection.
 */
package org.mandate.server.read;
