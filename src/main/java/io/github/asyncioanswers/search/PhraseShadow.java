package io.github.asyncioanswers.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Whether a block has a term somewhere other than inside the phrases that hide it ({@link Shadows}),
 * for one field of one segment. Each word of the phrases is read once, in document order, as the
 * term's own postings are.
 */
final class PhraseShadow {

    private final String term;
    private final List<List<String>> phrases;
    private final Map<String, PostingsEnum> words;

    private PhraseShadow(String term, List<List<String>> phrases, Map<String, PostingsEnum> words) {
        this.term = term;
        this.phrases = phrases;
        this.words = words;
    }

    /**
     * The shadow of {@code term} by those of {@code phrases} that {@code field} can hold: a phrase
     * with a word the field lacks hides nothing there. Empty when no phrase is left.
     */
    static Optional<PhraseShadow> of(Terms field, String term, List<List<String>> phrases) throws IOException {
        Map<String, PostingsEnum> words = new HashMap<>();
        List<List<String>> possible = new ArrayList<>();
        for (List<String> phrase : phrases) {
            boolean complete = true;
            for (String word : phrase) {
                if (word.equals(term)) {
                    continue;
                }
                if (!words.containsKey(word)) {
                    TermsEnum iterator = field.iterator();
                    words.put(word, iterator.seekExact(new BytesRef(word)) ? iterator.postings(null, PostingsEnum.POSITIONS) : null);
                }
                complete &= words.get(word) != null;
            }
            if (complete) {
                possible.add(phrase);
            }
        }
        return possible.isEmpty() ? Optional.empty() : Optional.of(new PhraseShadow(term, possible, words));
    }

    /**
     * Whether one of the term's positions in {@code doc} is not inside an occurrence of any
     * phrase; {@code postings} are the term's, positioned on {@code doc}. Documents must come in
     * increasing order.
     */
    boolean outside(int doc, PostingsEnum postings) throws IOException {
        Set<Integer> own = positions(postings);
        Map<String, Set<Integer>> at = new HashMap<>();
        at.put(term, own);
        for (int position : own) {
            if (!insideAny(doc, position, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the term at {@code position} is part of a phrase: its words one after another, or all
     * at that one position, as the parts of an identifier are ("get_event_loop").
     */
    private boolean insideAny(int doc, int position, Map<String, Set<Integer>> at) throws IOException {
        for (List<String> phrase : phrases) {
            if (allAt(doc, phrase, position, at)) {
                return true;
            }
            for (int k = 0; k < phrase.size(); k++) {
                if (phrase.get(k).equals(term) && matchesAt(doc, phrase, position - k, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matchesAt(int doc, List<String> phrase, int start, Map<String, Set<Integer>> at) throws IOException {
        for (int j = 0; j < phrase.size(); j++) {
            if (!positionsOf(doc, phrase.get(j), at).contains(start + j)) {
                return false;
            }
        }
        return true;
    }

    private boolean allAt(int doc, List<String> phrase, int position, Map<String, Set<Integer>> at) throws IOException {
        for (String word : phrase) {
            if (!positionsOf(doc, word, at).contains(position)) {
                return false;
            }
        }
        return true;
    }

    private Set<Integer> positionsOf(int doc, String word, Map<String, Set<Integer>> at) throws IOException {
        Set<Integer> positions = at.get(word);
        if (positions == null) {
            positions = positionsIn(doc, words.get(word));
            at.put(word, positions);
        }
        return positions;
    }

    private static Set<Integer> positionsIn(int doc, PostingsEnum postings) throws IOException {
        int current = postings.docID() >= doc ? postings.docID() : postings.advance(doc);
        return current == doc ? positions(postings) : Set.of();
    }

    private static Set<Integer> positions(PostingsEnum postings) throws IOException {
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < postings.freq(); i++) {
            positions.add(postings.nextPosition());
        }
        return positions;
    }
}
