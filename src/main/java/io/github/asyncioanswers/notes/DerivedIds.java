package io.github.asyncioanswers.notes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Ids for blocks whose note gives none (or a bad one): name-based UUIDs, so they stay the same
 * across reindexes while the file's path inside the notes folder and the heading path stay the same.
 * File names arrive as shown to people, the notes folder's name first ({@code notes/a.md}); that
 * name is left out of the id, so serving the same notes from another folder keeps every id.
 */
final class DerivedIds {

    private DerivedIds() {
    }

    static String forBlock(String file, List<String> headingPath, String question, int occurrence) {
        StringBuilder key = new StringBuilder("block\u0000").append(insideFolder(file));
        headingPath.forEach(heading -> key.append('\u0000').append(heading));
        key.append('\u0000').append(question).append('\u0000').append(occurrence);
        return uuid(key.toString());
    }

    static String forDuplicate(String file, String question, String givenId, int attempt) {
        return uuid("duplicate\u0000" + insideFolder(file) + "\u0000" + givenId + "\u0000" + question + "\u0000" + attempt);
    }

    /** {@code notes/sub/a.md} → {@code sub/a.md}; a name without a folder stays as it is. */
    static String insideFolder(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
