package org.mandate.server.http;

import io.javalin.config.JavalinConfig;

/**
 * One part of the HTTP surface (the API's commands, its queries, the record, the pages). Each group
 * adds its own routes, so the surface is listed in {@link ApiServer} and read group by group.
 */
@FunctionalInterface
public interface RouteGroup {
    void register(JavalinConfig config, Wiring wiring);
}
