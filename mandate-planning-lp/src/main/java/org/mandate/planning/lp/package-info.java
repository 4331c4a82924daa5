/**
 * The central reference of a planning instance: its welfare optimum as a linear program solved by
 * Google OR-Tools ({@code CentralOptimum}, giving an {@code LpReference}). The participatory procedure
 * in {@code org.mandate.economy.planning} never calls it; reports, tests and benchmarks hold the
 * procedure's plan against it. OR-Tools is native code, which the economy module (JDK and core only)
 * must not carry, hence a module of its own.
 */
package org.mandate.planning.lp;
