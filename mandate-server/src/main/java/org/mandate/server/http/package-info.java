/**
 * The HTTP surface, kept small and explicit: the JSON command endpoint under {@code /api/v1}, the
 * record's checkpoint under {@code /record/}, and health. Refusals of the domain become RFC 9457
 * problem+json in one place ({@link Problems}); the HTTP layer holds no rules of its own.
 */
package org.mandate.server.http;
