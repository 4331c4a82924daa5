/**
 * Synthetic productive economies, seeded, for tests and benchmarks of labour values: never a
 * federation's data. The only place in the labour package that draws random numbers, always from a
 * seed it is given.
 */
package org.mandate.economy.planning.labour.synthetic;
