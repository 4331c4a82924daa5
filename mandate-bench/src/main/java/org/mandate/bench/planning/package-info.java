/** The participatory planning procedure measured against OR-Tools' central optimum on synthetic economies (figures in docs/benchmarks.md). */
package org.mandate.bench.planning;
