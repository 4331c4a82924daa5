/**
 * Labour values: the whole labour a unit of each good takes, the hours spent on it directly plus the
 * hours embodied in everything used up to make it, through every stage of production.
 *
 * <p>With {@code l[j]} the hours spent directly per unit of good {@code j} and {@code a[i][j]} the
 * quantity of good {@code i} used up per unit of good {@code j}, the values solve
 * {@code v[j] = l[j] + sum over i of a[i][j] * v[i]}, that is {@code v = l + Aᵀv}. This package owns
 * the table of inputs ({@link org.mandate.economy.planning.labour.InputTable}, compressed arrays, read
 * with named problems by {@link org.mandate.economy.planning.labour.InputTableBuilder} or
 * {@link org.mandate.economy.planning.labour.InputTable#of}) and the computation
 * ({@link org.mandate.economy.planning.labour.LabourValues}): Jacobi sweeps over the goods, on both
 * cores for large tables, stopped on a stated relative residual, with an explicit outcome when the
 * economy is not productive (some goods use up at least as much as they make, so no finite values
 * exist) or when the sweeps run out. Why Jacobi, and what it was measured against, is in
 * {@code docs/decisions/2026-11-25-labour-values.md}.
 *
 * <p>Like the rest of the economy this is arithmetic only: no clock, no randomness, no I/O, and the
 * values do not depend on how many threads computed them. Which goods exist and where the table comes
 * from are the planning procedure's business.
 */
package org.mandate.economy.planning.labour;
