/** Measurements of multilateral clearing against Google OR-Tools' MinCostFlow on the same instances. */
package org.mandate.bench.clearing;
