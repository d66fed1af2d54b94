package io.github.asyncioanswers.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What common error messages mean, in the words a note that explains them would use. A pasted
 * error shares few words with the note that answers it ("object function can't be used in 'await'
 * expression" is answered by a note on what is awaitable), so its meaning is read with it.
 *
 * <p>A pattern matches when its parts, split at {@code *}, appear in the question in order. Case,
 * runs of white space and the kind of quote ({@code ' " ‘ ’ ‚ “ ” „ « » ‹ › ` ´}) do not matter. There is
 * no escape for a literal {@code *}: error messages worth a line have none.
 */
final class ErrorMeanings {

    /** One known error: the parts of its pattern, normalized, and what it means. */
    record Entry(List<String> parts, String meaning) {

        Entry {
            parts = List.copyOf(parts);
            boolean hasWord = parts.stream().flatMap(part -> Arrays.stream(part.split("[^\\p{L}\\p{N}_]+")))
                    .anyMatch(word -> word.length() >= MIN_WORD_CHARS);
            if (!hasWord) {
                throw new IllegalArgumentException("an error pattern needs a word of at least " + MIN_WORD_CHARS
                        + " letters besides '*', or it would match everyday text");
            }
            if (meaning.isBlank()) {
                throw new IllegalArgumentException("an error needs a meaning");
            }
        }

        static Entry of(String pattern, String meaning) {
            List<String> parts = new ArrayList<>();
            for (String part : normalize(pattern).split("\\*", -1)) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return new Entry(parts, meaning.strip());
        }

        /**
         * Whether {@code normalizedText} contains the pattern, each part starting and ending at a word
         * boundary where it starts or ends with a letter or digit ("TimeoutError" is not found in
         * "ReadTimeoutError"); if so, what each {@code *} between two parts stood for is added to
         * {@code instance}: the shortest stretch between them, when it is one word of at most
         * {@link #MAX_INSTANCE_CHARS} characters.
         */
        boolean matches(String normalizedText, List<String> instance) {
            int from = 0;
            int previousStart = -1;
            List<String> between = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                int at = find(normalizedText, part, from);
                if (at < 0) {
                    return false;
                }
                if (i > 0) {
                    String previous = parts.get(i - 1);
                    int closest = normalizedText.lastIndexOf(previous, at - previous.length());
                    int start = Math.max(closest, previousStart) + previous.length();
                    String gap = normalizedText.substring(Math.min(start, at), at);
                    if (!gap.isEmpty() && gap.length() <= MAX_INSTANCE_CHARS && gap.indexOf(' ') < 0) {
                        between.add(gap);
                    }
                }
                previousStart = at;
                from = at + part.length();
            }
            instance.addAll(between);
            return true;
        }

        /** The first place from {@code from} where {@code part} stands at word boundaries, or -1. */
        private static int find(String text, String part, int from) {
            for (int at = text.indexOf(part, from); at >= 0; at = text.indexOf(part, at + 1)) {
                boolean startsClean = !isWordChar(part.charAt(0)) || at == 0 || !isWordChar(text.charAt(at - 1));
                int end = at + part.length();
                boolean endsClean = !isWordChar(part.charAt(part.length() - 1)) || end == text.length()
                        || !isWordChar(text.charAt(end));
                if (startsClean && endsClean) {
                    return at;
                }
            }
            return -1;
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }

    /**
     * A pattern without a word this long ("a", "'*' is not") would match everyday questions;
     * every real message has one ("awaited", "TimeoutError").
     */
    static final int MIN_WORD_CHARS = 5;

    /**
     * What a {@code *} stands for is taken for the user's own name only up to this length: a longer
     * stretch is the asker's own words around two parts found far apart, and is kept.
     */
    static final int MAX_INSTANCE_CHARS = 100;

    private final List<Entry> entries;

    ErrorMeanings(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static ErrorMeanings none() {
        return new ErrorMeanings(List.of());
    }

    int size() {
        return entries.size();
    }

    /**
     * How the known errors in a question read.
     *
     * @param meanings what each known error the question contains means, in file order, each once
     * @param instance what the {@code *} inside their patterns stood for: the names of this
     *                 occurrence ({@code fetch_data} of "coroutine 'fetch_data' was never awaited"),
     *                 which say nothing about what went wrong
     */
    record Reading(List<String> meanings, List<String> instance) {

        static final Reading NONE = new Reading(List.of(), List.of());

        Reading {
            meanings = List.copyOf(meanings);
            instance = List.copyOf(instance);
        }
    }

    /** How the known errors in {@code text} read. */
    Reading read(String text) {
        if (entries.isEmpty()) {
            return Reading.NONE;
        }
        String normalized = normalize(text);
        Set<String> meanings = new LinkedHashSet<>();
        List<String> instance = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.matches(normalized, instance)) {
                meanings.add(entry.meaning());
            }
        }
        return meanings.isEmpty() ? Reading.NONE : new Reading(List.copyOf(meanings), instance);
    }

    /** Lower case, one kind of quote, single spaces (a no-break space pasted from a web page is a space). */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(switch (c) {
                case '"', '\u2018', '\u2019', '\u201A', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2039', '\u203A',
                        '`', '\u00B4' -> '\'';
                default -> c;
            });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
