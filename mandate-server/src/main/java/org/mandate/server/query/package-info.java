/**
 * What the API answers when asked: views of the read model built as JSON inside one read call, so no
 * answer holds a reference to the state once it returns and every answer states the position (the
 * number of events) it reflects. Who may read what is decided in {@link org.mandate.server.query.ReadAccess}
 * alone; pages walk the read side's sorted indexes, never a sort per request.
 */
package org.mandate.server.query;
