/**
 * Mutual credit between the member bodies of a council, and the invoices they send each other: the
 * ledger rules of issue 7. A council adopts mutual credit by a decision under its charter, naming a
 * unit of account; from then on each member body has an account, balances always sum to zero, and a
 * body may go below zero down to the credit limit the council's decisions set (per body, or by a rule
 * on its turnover). Office-holders pay and invoice in their body's name as their office's list allows.
 *
 * <p>Clearing is split on purpose: the arithmetic that finds the greatest set-off lives in
 * {@code mandate-economy}, which the shell runs when a scheduled clearing falls due; this package only
 * checks what the shell submits ({@link org.mandate.core.credit.ClearingRules}): the time has come,
 * each set-off fits what the invoice still owes, no body's net position moves, and any settlement keeps
 * every account within its limit. Why, in docs/decisions/2026-11-25-credit-in-the-record.md.
 */
package org.mandate.core.credit;
