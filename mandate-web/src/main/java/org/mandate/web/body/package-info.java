/**
 * The body page: members a page at a time, the charter in words, offices, delegations sent, councils,
 * proposals, participation in its votes over time, and the form to propose to it.
 */
package org.mandate.web.body;
