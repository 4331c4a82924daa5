/** Measurements of the domain core: decide+evolve throughput and the memory a large federation's state takes. */
package org.mandate.bench.core;
