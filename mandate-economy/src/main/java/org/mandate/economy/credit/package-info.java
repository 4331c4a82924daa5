/**
 * Settling through mutual credit what clearing left: an optional step after a clearing, kept apart from
 * it because it moves money (account balances) where clearing only cancels debts.
 *
 * <p>The rule, exact and simple: every body that still owes on balance pays as much of its net debt
 * as its account allows (its balance plus its credit limit, never below the limit), in order of body
 * id. Each payment travels a chain of invoices that remain after clearing, from the payer to a body
 * still owed on balance, and reduces every invoice on the chain by the amount paid; the body at the
 * end is credited. So a payment of 100 along a chain of three invoices discharges 300 of debt, the
 * bodies in between are owed and owe 100 less each, and every intermediate net position is unchanged.
 * Balances always sum to what they summed to before. Accounts have no upper limit here.
 */
package org.mandate.economy.credit;
