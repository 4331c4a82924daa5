/**
 * JMH benchmarks of the public record, each run beside the physical limit it is held against
 * (SHA-256 throughput measured in the same JVM), so that figures read as ratios, not as
 * absolute numbers that mean nothing on another machine.
 */
package org.mandate.bench.record;
