package org.mandate.server.account;

import java.time.Instant;

/**
 * What a member may see of one of their API tokens: never the token itself. {@code id} is the hex SHA-256
 * of the token, by which it is revoked; {@code revoked} is null while it is valid.
 */
public record ApiTokenInfo(String id, String label, Instant created, Instant revoked) {
}
