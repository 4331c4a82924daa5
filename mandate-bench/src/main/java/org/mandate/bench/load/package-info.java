/**
 * The HTTP load generator (issue 5): a real server on SQLite or PostgreSQL, a federation built through
 * commands, then requests offered open loop at a fixed rate by a client whose latencies count from each
 * request's scheduled send time, so a slow server cannot hide its slowness by slowing the client
 * (coordinated omission). Group commit is held against the same server writing one transaction per vote.
 * How to run it and what it measured: docs/benchmarks.md.
 */
package org.mandate.bench.load;
