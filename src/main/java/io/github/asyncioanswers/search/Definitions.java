package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.IndexSearcher;

/**
 * "What is X?" questions and the blocks that define X. A question that asks what something is
 * is best answered by the block whose own question asks what that thing is, not by the blocks
 * that use it most ("what is a task" → "What's a Task?", not "What is asyncio.create_task()?").
 */
final class Definitions {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A question that asks what something is. */
    private static final Pattern ASKS = Pattern.compile(
            "^\\s*(what\\s+is|what's|whats|what\\s+are|что\\s+такое|что\\s+это|define|definition\\s+of|meaning\\s+of)\\b", FLAGS);
    /** A heading that asks what something is: its subject, without a trailing remark in brackets. */
    private static final Pattern DEFINES = Pattern.compile(
            "^\\s*(?:what\\s+is|what's|what\\s+are|что\\s+такое)\\s+(.+?)\\s*\\??\\s*(?:\\([^)]*\\))?\\s*\\??\\s*$", FLAGS);

    private final QueryTerms analyzer;
    /** The analyzed subject of each block that defines something, per index state. */
    private final PerIndexState<Map<Integer, Optional<List<String>>>> subjects = new PerIndexState<>(ConcurrentHashMap::new);

    Definitions(QueryTerms analyzer) {
        this.analyzer = analyzer;
    }

    static boolean asks(String question) {
        return ASKS.matcher(question).find();
    }

    /** True when {@code doc} defines something and the question's terms name all of it. */
    boolean defines(IndexSearcher searcher, int doc, Set<String> questionTerms) throws IOException {
        Map<Integer, Optional<List<String>>> known = subjects.of(searcher.getIndexReader());
        Optional<List<String>> subject = known.get(doc);
        if (subject == null) {
            subject = subjectOf(searcher.storedFields().document(doc).get(Fields.STORED_QUESTION));
            known.put(doc, subject);
        }
        return subject.isPresent() && !subject.get().isEmpty() && questionTerms.containsAll(subject.get());
    }

    /** The analyzed subject of a heading that asks what something is, or empty. */
    Optional<List<String>> subjectOf(String heading) {
        Matcher matcher = DEFINES.matcher(heading);
        return matcher.matches() ? Optional.of(analyzer.tokens(matcher.group(1))) : Optional.empty();
    }
}
