package org.mandate.server.account;

/** An API token just created: {@code token} is shown once and stored only as its SHA-256 ({@code id}, hex). */
public record NewApiToken(String id, String token) {
    @Override
    public String toString() {
        return "NewApiToken[" + id + "]";
    }
}
