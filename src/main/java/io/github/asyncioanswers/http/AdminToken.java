package io.github.asyncioanswers.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Guards the admin endpoints with a bearer token; without a configured token they are closed to all. */
final class AdminToken {

    private static final String BEARER = "Bearer ";

    /** A digest, so that comparing takes the same time whatever the length of what was sent. */
    private final Optional<byte[]> expected;

    AdminToken(Optional<String> token) {
        this.expected = token.map(AdminToken::digest);
    }

    /** Returns when the request carries the right token; otherwise throws 403 (disabled) or 401. */
    void check(Context ctx) {
        if (expected.isEmpty()) {
            throw new ForbiddenResponse("admin endpoints are disabled: no ADMIN_TOKEN is configured");
        }
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
            throw new UnauthorizedResponse("missing header 'Authorization: Bearer <admin token>'");
        }
        if (!MessageDigest.isEqual(expected.get(), digest(header.substring(BEARER.length()).trim()))) {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            throw new UnauthorizedResponse("wrong admin token");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
