/**
 * What the server's operator watches: its figures in Prometheus form through Micrometer (the JVM,
 * HTTP requests by route, the writer, the record and the read model's lag). Figures only: no member,
 * no event, no credential ever appears in them.
 */
package org.mandate.server.ops;
