package io.github.asyncioanswers.notes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Ids for blocks whose note gives none (or a bad one): name-based UUIDs, so they stay the same
 * across reindexes while the file name and heading path stay the same.
 */
final class DerivedIds {

    private DerivedIds() {
    }

    static String forBlock(String file, List<String> headingPath, String question, int occurrence) {
        StringBuilder key = new StringBuilder("block\u0000").append(file);
        headingPath.forEach(heading -> key.append('\u0000').append(heading));
        key.append('\u0000').append(question).append('\u0000').append(occurrence);
        return uuid(key.toString());
    }

    static String forDuplicate(String file, String question, String givenId, int attempt) {
        return uuid("duplicate\u0000" + file + "\u0000" + givenId + "\u0000" + question + "\u0000" + attempt);
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
