/**
 * The proposal page: what a proposal would do, its text, amendments and deliberation, the vote form for
 * each method (working without JavaScript), a delegate's vote in a seat, and the count once closed.
 */
package org.mandate.web.proposal;
