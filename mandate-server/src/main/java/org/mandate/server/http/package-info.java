/**
 * The HTTP surface, kept small and explicit: the JSON command endpoint and the queries under
 * {@code /api/v1}, the record's checkpoint under {@code /record/}, health, and the OpenAPI document
 * describing all of it, assembled from one fragment per group of routes ({@link org.mandate.server.http.OpenApi}).
 * Refusals of the domain become RFC 9457 problem+json in one place ({@link Problems}); the HTTP layer
 * holds no rules of its own.
 */
package org.mandate.server.http;
