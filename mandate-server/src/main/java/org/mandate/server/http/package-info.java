/**
 * The HTTP surface, kept small and explicit and registered group by group: the JSON command endpoint
 * and the queries ({@link QueryRoutes}) under {@code /api/v1}, the record under {@code /record/} as
 * C2SP tlog-tiles ({@link RecordRoutes}), {@code /metrics} for the operator, health, and the OpenAPI
 * document describing all of it, assembled from one fragment per group of routes ({@link OpenApi}).
 * Every request is logged in one line and counted by route template ({@link RequestLog}). Refusals of
 * the domain become RFC 9457 problem+json in one place ({@link Problems}); the HTTP layer holds no
 * rules of its own.
 */
package org.mandate.server.http;
