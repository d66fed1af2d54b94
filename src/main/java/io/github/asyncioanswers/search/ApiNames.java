package io.github.asyncioanswers.search;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;

/**
 * The asyncio APIs a question names ("asyncio.to_thread", "asyncio.Queue"), checked against the
 * notes. A question about an API that no note mentions asks about something the notes do not
 * cover, however close its other words are: "how do I use asyncio.Lock" is near every note on
 * coroutines, and none of them answers it.
 */
final class ApiNames {

    /** {@code asyncio.} and one or more dotted names after it. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}_.])asyncio(?:\\.[A-Za-z_][A-Za-z0-9_]*)+");

    private ApiNames() {
    }

    /**
     * Whether {@code text} names an asyncio API that no block has. Not names of modules
     * ({@code asyncio.__main__}) nor the module path of an exception
     * ({@code asyncio.exceptions.CancelledError}, which a note calls {@code asyncio.CancelledError}):
     * those name no API of their own.
     */
    static boolean namesOneTheNotesLack(String text, IndexReader reader, QueryTerms analyzer) throws IOException {
        Matcher names = NAME.matcher(text);
        while (names.find()) {
            String name = names.group().toLowerCase(Locale.ROOT);
            boolean namesAnApi = !name.contains(".__") && !name.startsWith("asyncio.exceptions.");
            if (namesAnApi && analyzer.tokens(name).contains(name) && Coverage.docFreq(reader, name) == 0) {
                return true;
            }
        }
        return false;
    }
}
