/**
 * Accounts: who is asking. Members' accounts (the member directory, outside the public record), the
 * server's {@link org.mandate.server.account.Operator} (a distinct type, never a member), sessions with
 * single-use CSRF tokens, API tokens, login rate limiting and one-time reset codes, over
 * {@link org.mandate.store.Directory}. Authorization is not here: it comes only from the record.
 */
package org.mandate.server.account;
