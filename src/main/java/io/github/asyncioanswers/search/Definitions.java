package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
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
 * is best answered by the block whose own question asks what that same thing is, not by the
 * blocks that use it most ("what is a task" → "What's a Task?", not "What is
 * asyncio.create_task()?"). The two subjects must name the same things: "what is a task group"
 * is no question about "What's a Task?".
 */
final class Definitions {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** How a question or heading asks what something is; the subject follows. */
    private static final Pattern ASKS = Pattern.compile("^(?:what\\s+is|what[’']?s|what\\s+are|что\\s+такое|что\\s+это"
            + "|define|definition\\s+of|meaning\\s+of)(?![\\p{L}\\p{N}_])", FLAGS);
    /** Where the subject ends: a question mark or other punctuation, or the next clause ("… and how …"). */
    private static final Pattern SUBJECT_END = Pattern.compile("[?,;!]|\\.(?:\\s|$)|\\s(?:and|or|but|и|или|а|но)\\s", FLAGS);
    /** A remark in brackets ("(5 attributes)"), and the "for" of "What is asyncio.wait() for?". */
    private static final Pattern REMARK = Pattern.compile("\\([^()]*\\)");
    private static final Pattern TRAILING_FOR = Pattern.compile("(?<!\\s)\\s+for\\s*$", FLAGS);
    /** Words every question here is about, which name no particular thing ("a task in asyncio"). */
    private static final String DOMAIN = "asyncio python питон";
    /**
     * Words that say what kind of thing the subject is, where they end an English subject ("a Future
     * object", "the await keyword") or start a Russian one ("объект корутины"). Elsewhere they name
     * part of it: "a keyword argument" is no question about arguments.
     */
    private static final String ENGLISH_KINDS = "object objects class instance keyword concept";
    private static final String RUSSIAN_KINDS = "объект класс экземпляр понятие";

    private final QueryTerms analyzer;
    private final Glossary glossary;
    private final Set<String> domain;
    private final Set<String> englishKinds;
    private final Set<String> russianKinds;
    /** The analyzed subject of each block's own question, empty when it defines nothing, per index state. */
    private final PerIndexState<Map<Integer, Set<String>>> subjects = new PerIndexState<>(ConcurrentHashMap::new);

    Definitions(QueryTerms analyzer, Glossary glossary) {
        this.analyzer = analyzer;
        this.glossary = glossary;
        this.domain = Set.copyOf(analyzer.tokens(DOMAIN));
        this.englishKinds = Set.copyOf(analyzer.tokens(ENGLISH_KINDS));
        this.russianKinds = Set.copyOf(analyzer.tokens(RUSSIAN_KINDS));
    }

    /** What {@code question} asks the definition of, as analyzed terms; empty when it asks something else. */
    Set<String> askedIn(String question) {
        return subjectText(question).map(this::terms).orElse(Set.of());
    }

    /** True when the block {@code doc} asks what {@code asked} is: the same things, in either language. */
    boolean defines(IndexSearcher searcher, int doc, Set<String> asked) throws IOException {
        if (asked.isEmpty()) {
            return false;
        }
        Map<Integer, Set<String>> known = subjects.of(searcher.getIndexReader());
        Set<String> subject = known.get(doc);
        if (subject == null) {
            subject = askedIn(searcher.storedFields().document(doc).get(Fields.STORED_QUESTION));
            known.put(doc, subject);
        }
        return !subject.isEmpty() && namesAll(asked, subject) && namesAll(subject, asked);
    }

    /** Every term of {@code these} is among {@code those} or has a one-word glossary equivalent there. */
    private boolean namesAll(Set<String> these, Set<String> those) {
        return these.stream().allMatch(term -> glossary.equivalents(term, analyzer).stream().anyMatch(those::contains));
    }

    private Set<String> terms(String subject) {
        List<String> terms = new ArrayList<>(analyzer.tokens(subject));
        terms.removeAll(domain);
        while (terms.size() > 1 && englishKinds.contains(terms.get(terms.size() - 1))) {
            terms.remove(terms.size() - 1);
        }
        while (terms.size() > 1 && russianKinds.contains(terms.get(0))) {
            terms.remove(0);
        }
        return Set.copyOf(terms);
    }

    /** The text after "what is" up to the end of its clause, without a remark in brackets. */
    static Optional<String> subjectText(String text) {
        String stripped = text.strip();
        Matcher asks = ASKS.matcher(stripped);
        if (!asks.find()) {
            return Optional.empty();
        }
        String subject = stripped.substring(asks.end());
        Matcher end = SUBJECT_END.matcher(subject);
        subject = end.find() ? subject.substring(0, end.start()) : subject;
        subject = TRAILING_FOR.matcher(REMARK.matcher(subject).replaceAll(" ")).replaceFirst("").strip();
        return subject.isEmpty() ? Optional.empty() : Optional.of(subject);
    }
}
