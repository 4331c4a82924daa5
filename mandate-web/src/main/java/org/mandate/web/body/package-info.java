/** The body page: members a page at a time, the charter in words, offices, delegations sent, councils, proposals. */
package org.mandate.web.body;
