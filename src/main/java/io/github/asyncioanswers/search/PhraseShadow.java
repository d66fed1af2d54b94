package io.github.asyncioanswers.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Whether a block has a term somewhere other than inside the phrases that hide it ({@link Shadows}). */
final class PhraseShadow {

    private PhraseShadow() {
    }

    /**
     * Whether one of the positions of {@code term} in document {@code doc} of {@code field} is not
     * inside an occurrence of any of {@code phrases}; {@code postings} is positioned on the document.
     */
    static boolean outside(Terms field, int doc, String term, PostingsEnum postings, List<List<String>> phrases)
            throws IOException {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < postings.freq(); i++) {
            positions.add(postings.nextPosition());
        }
        Map<String, Set<Integer>> known = new HashMap<>();
        known.put(term, Set.copyOf(positions));
        for (int position : positions) {
            if (!insideAny(field, doc, term, position, phrases, known)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(Terms field, int doc, String term, int position, List<List<String>> phrases,
            Map<String, Set<Integer>> known) throws IOException {
        for (List<String> phrase : phrases) {
            for (int k = 0; k < phrase.size(); k++) {
                if (phrase.get(k).equals(term) && matchesAt(field, doc, phrase, position - k, known)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(Terms field, int doc, List<String> phrase, int start, Map<String, Set<Integer>> known)
            throws IOException {
        for (int j = 0; j < phrase.size(); j++) {
            String word = phrase.get(j);
            Set<Integer> at = known.get(word);
            if (at == null) {
                at = positions(field, doc, word);
                known.put(word, at);
            }
            if (!at.contains(start + j)) {
                return false;
            }
        }
        return true;
    }

    private static Set<Integer> positions(Terms field, int doc, String word) throws IOException {
        TermsEnum iterator = field.iterator();
        if (!iterator.seekExact(new BytesRef(word))) {
            return Set.of();
        }
        PostingsEnum postings = iterator.postings(null, PostingsEnum.POSITIONS);
        if (postings.advance(doc) != doc) {
            return Set.of();
        }
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < postings.freq(); i++) {
            positions.add(postings.nextPosition());
        }
        return positions;
    }
}
