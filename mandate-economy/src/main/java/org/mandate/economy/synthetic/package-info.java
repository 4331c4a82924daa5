/**
 * Synthetic invoice graphs, seeded, for tests, benchmarks and demonstrations: never federation data.
 * The only place in the economy module that draws random numbers, always from a seed it is given.
 */
package org.mandate.economy.synthetic;
