/**
 * Measurements of multilateral clearing against Google OR-Tools' MinCostFlow on the same instances,
 * and of the explanation of a set-off by cycles (its time and the cycles' lengths).
 */
package org.mandate.bench.clearing;
