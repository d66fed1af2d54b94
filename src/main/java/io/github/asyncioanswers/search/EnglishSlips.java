package io.github.asyncioanswers.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds which of a list of English words a slip of the keyboard was meant to be ("explaned" →
 * "explained"): one edit away (a letter added, dropped, changed, or two swapped), and of several
 * such words the most frequent.
 */
final class EnglishSlips {

    /** Shorter words are one edit away from too many others to tell which was meant. */
    static final int MIN_WORD_CHARS = 5;

    /** A word and its place in the frequency order, 0 for the most frequent. */
    private record Word(String text, int rank) {
    }

    /** The words by length, each list most frequent first. */
    private final Map<Integer, List<Word>> byLength = new HashMap<>();

    /** {@code words} are real English words, the more frequent first. */
    EnglishSlips(Collection<String> words) {
        int rank = 0;
        for (String word : words) {
            if (word.length() >= MIN_WORD_CHARS - 1) {
                byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(new Word(word, rank));
            }
            rank++;
        }
        byLength.replaceAll((n, list) -> List.copyOf(list));
    }

    /** The most frequent word one edit away from {@code slip}; empty for a short word or none found. */
    Optional<String> meant(String slip) {
        if (slip.length() < MIN_WORD_CHARS) {
            return Optional.empty();
        }
        Optional<Word> best = Optional.empty();
        for (int length = slip.length() - 1; length <= slip.length() + 1; length++) {
            for (Word word : byLength.getOrDefault(length, List.of())) {
                if (best.isPresent() && word.rank() > best.get().rank()) {
                    break;
                }
                if (oneEditApart(slip, word.text())) {
                    best = Optional.of(word);
                }
            }
        }
        return best.map(Word::text);
    }

    /** Whether one insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(start + 1).equals(shorter.substring(start));
        }
        String restA = a.substring(start + 1);
        String restB = b.substring(start + 1);
        if (restA.equals(restB)) {
            return true;
        }
        return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.substring(start + 2).equals(b.substring(start + 2));
    }
}
