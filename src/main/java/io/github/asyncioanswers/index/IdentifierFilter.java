package io.github.asyncioanswers.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Makes code identifiers findable whole and by their parts: {@code asyncio.create_task} also
 * yields {@code asyncio}, {@code create_task}, {@code create} and {@code task}; {@code CancelledError}
 * yields {@code cancelled} and {@code error}. The parts share the whole token's position.
 */
final class IdentifierFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();

    IdentifierFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            String raw = term.toString();
            String whole = trimPunctuation(raw);
            if (whole.isEmpty()) {
                continue;
            }
            List<String> parts = parts(whole);
            term.setEmpty().append(whole);
            parts.remove(whole);
            pending.addAll(parts);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }

    /** The dotted segments, the snake_case words and the CamelCase words of an identifier. */
    static List<String> parts(String token) {
        Set<String> parts = new LinkedHashSet<>();
        for (String segment : token.split("\\.")) {
            String bare = trimPunctuation(segment);
            if (bare.isEmpty()) {
                continue;
            }
            parts.add(bare);
            for (String word : bare.split("_+")) {
                if (!word.isEmpty()) {
                    parts.add(word);
                    parts.addAll(camelWords(word));
                }
            }
        }
        return new ArrayList<>(parts);
    }

    private static List<String> camelWords(String word) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char previous = word.charAt(i - 1);
            char current = word.charAt(i);
            boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
            boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
                    && i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1))
                    && !isPluralEnding(word, i + 1);
            boolean letterDigit = Character.isLetter(previous) != Character.isLetter(current);
            if (lowerToUpper || acronymEnd || letterDigit) {
                words.add(word.substring(start, i));
                start = i;
            }
        }
        if (start > 0) {
            words.add(word.substring(start));
        }
        return words;
    }

    /**
     * Whether the lowercase run at {@code at} is only the "s" of a plural acronym: "URLs", "IDs",
     * "APIsList" are URL, ID and API, not "UR" and "Ls".
     */
    private static boolean isPluralEnding(String word, int at) {
        return word.charAt(at) == 's' && (at + 1 == word.length() || !Character.isLowerCase(word.charAt(at + 1)));
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && (token.charAt(start) == '.' || token.charAt(start) == '_')) {
            start++;
        }
        while (end > start && (token.charAt(end - 1) == '.' || token.charAt(end - 1) == '_')) {
            end--;
        }
        return token.substring(start, end);
    }
}
