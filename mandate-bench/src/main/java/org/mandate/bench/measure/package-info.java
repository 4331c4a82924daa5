/**
 * What every benchmark program reports beside its figures: the median of its runs (the machine is
 * shared and noisy, so medians, not means) and the machine's load average when they ran.
 */
package org.mandate.bench.measure;
