/**
 * The HTTP surface, kept small and explicit and registered group by group: the JSON command endpoint
 * and the queries ({@link QueryRoutes}) under {@code /api/v1}, accounts, browser sessions and password reset codes ({@link SessionRoutes},
 * {@link ResetRoutes}), the record under {@code /record/} as C2SP tlog-tiles ({@link RecordRoutes}),
 * {@code /metrics} for the operator, and health. Who asks is read in one place ({@link Caller}); every
 * change passes one door ({@link Gate}: credentials, a cookie session's one-time CSRF token, and no act
 * by the operator). Every request is logged in one line and counted by route template
 * ({@link RequestLog}). Refusals of the domain become RFC 9457 problem+json in one place
 * ({@link Problems}); the HTTP layer holds no rules of its own. Each group's routes are described for
 * OpenAPI in {@code openapi/GROUP.json} beside this package's resources, assembled by {@link OpenApi}.
 */
package org.mandate.server.http;
