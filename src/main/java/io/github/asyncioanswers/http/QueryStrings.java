package io.github.asyncioanswers.http;

import io.javalin.http.BadRequestResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Rejects query strings that are not valid percent-encoded UTF-8, which Javalin would read as missing parameters. */
final class QueryStrings {

    static final String INVALID = "the query string is not valid percent-encoded UTF-8";

    private QueryStrings() {
    }

    /** @throws BadRequestResponse naming the problem when {@code query} cannot be decoded */
    static void requireValid(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length() * 4);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c >= 0x80) {
                // Raw (not percent-encoded) non-ASCII text, as curl sends it: Jetty decoded it already.
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    throw new BadRequestResponse(INVALID);
                }
                bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse(INVALID);
        }
    }
}
