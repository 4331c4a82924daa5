/**
 * Counting: turns validated ballots into outcomes, and nothing else.
 *
 * <p>This package owns the arithmetic of every decision method a charter can name — majority with
 * quorum ({@link org.mandate.core.count.Majority}), consent ({@link org.mandate.core.count.Consent}),
 * consensus ({@link org.mandate.core.count.Consensus}), approval
 * ({@link org.mandate.core.count.Approval}), score ({@link org.mandate.core.count.Score}), ranked
 * choice by the Schulze method ({@link org.mandate.core.count.Schulze}) and multi-seat STV by Meek's
 * method ({@link org.mandate.core.count.MeekStv}). It does not know who may vote, what a ballot
 * means, or whether a delegate kept their mandate; the domain settles that first and hands over
 * plain arrays. Every function is pure and deterministic: no I/O, no clock, no randomness, integer
 * or fixed-point arithmetic only, and the same result whatever the order of the ballots.
 * Malformed arrays are programming errors and throw {@link java.lang.IllegalArgumentException}.
 * Beside the decision methods it holds the federation's other arithmetic, still on plain arrays:
 * council seats from membership ({@link org.mandate.core.count.Apportionment}), a referendum's figures
 * for every body of the federation graph ({@link org.mandate.core.count.Aggregation}) and exact integer
 * weights for split instructions ({@link org.mandate.core.count.SplitWeights}).
 *
 * <h2>Ties</h2>
 * Every method that picks among options takes a {@link org.mandate.core.count.TieBreak}: a priority
 * permutation the domain derives from SHA-256 of the proposal id and option ids, fixed before voting.
 * The earlier an option stands in it, the more ties it wins.
 * <ul>
 *   <li>Approval and Score: equal totals are ordered by the tie-break; the seats go down that order.</li>
 *   <li>Schulze: options that the strongest-path relation cannot separate are placed in tie-break
 *       order (a linear extension of the Schulze order). The potential winners are reported before
 *       the tie-break is applied, so the record shows when a tie decided the outcome.</li>
 *   <li>Meek STV: a tie for exclusion (votes within the total surplus of the lowest) is first
 *       resolved by looking back at earlier rounds, latest first; only if the candidates were level in
 *       all of them does the tie-break act as the lot, excluding the candidate it ranks last.
 *       Candidates elected together are ordered by votes, then by the tie-break.</li>
 *   <li>Majority, consent and consensus have no ties to break: a result exactly on a threshold is
 *       settled by the threshold's own comparison ("more than" or "at least").</li>
 * </ul>
 * The full rationale is in {@code docs/decisions/2026-11-25-tie-breaking.md}.
 */
package org.mandate.core.count;
