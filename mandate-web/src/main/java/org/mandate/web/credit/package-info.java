/**
 * The pages of mutual credit and clearing: a council's accounts and clearings, one body's account with
 * its history and the payment form, a body's invoices with what each clearing set off against which
 * cycle of bodies and the forms to record, accept and dispute them, and a clearing's report with its
 * largest cycles drawn on the server. Figures come from the core's ledger, as the read model folded it;
 * every form is one of the core's credit commands, so a refusal shows the core's own sentence.
 */
package org.mandate.web.credit;
