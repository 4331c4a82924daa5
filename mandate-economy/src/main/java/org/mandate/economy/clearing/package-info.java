/**
 * Multilateral clearing: the set-off of invoices between bodies that cancels the most debt without
 * changing any body's net position, and its explanation.
 *
 * <p>This package owns the arithmetic only. {@link org.mandate.economy.clearing.Clearing} takes
 * accepted, unpaid {@link org.mandate.economy.clearing.Invoice}s and returns a
 * {@link org.mandate.economy.clearing.ClearingResult}: per invoice the amount set off (between zero
 * and what is outstanding) and the cycles of bodies it was set off against, a position per body
 * before and after, and the federation's totals against the net-internal-debt bound. Who may run a
 * clearing, when, and which invoices take part are the domain's business, not this package's.
 *
 * <p>The set-off is the maximum circulation with each invoice's outstanding amount as capacity. It
 * lives only inside strongly connected components of the invoice graph
 * ({@code StrongComponents}), each cleared on its own ({@code MaximumSetOff}). Inside one, the debts
 * that remain are a flow routing every body's net position, and the least total is a minimum-cost
 * flow with cost one per unit on every invoice, solved exactly by primal-dual phases
 * ({@code PrimalDual}: Dial's shortest paths, then push-relabel over the zero-cost arcs in
 * {@code TightFlow}). The set-off is then split into short cycles by eliminating bodies, the
 * quietest first ({@code Elimination}).
 * Why this algorithm, and what it was measured against, is in
 * {@code docs/decisions/2026-11-25-clearing-algorithm.md}.
 *
 * <p>Every function is pure and deterministic: no clock, no randomness, no I/O, integers only; the
 * result depends on the set of invoices, not on their order.
 */
package org.mandate.economy.clearing;
