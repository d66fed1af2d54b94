package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import io.github.asyncioanswers.notes.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * How much of a question each candidate block covers: the share of the question's concepts, each
 * weighted by the IDF of its rarest spelling, that appear in the block. A word the notes never use
 * ("pizza", "django") weighs the most of all, which is what turns away questions the notes cannot
 * answer; a Russian one weighs somewhat less ({@link #UNKNOWN_RUSSIAN_WORD_WEIGHT}).
 */
final class Coverage {

    private static final List<String> FIELDS = List.of(Fields.QUESTION, Fields.PATH, Fields.ANSWER);

    /**
     * A Russian word that neither the notes nor the glossary know counts this much of an unknown
     * word in Latin letters. The notes are mostly English, so such a word is more often an everyday
     * word the glossary lacks ("дёрнуть", "висят") than the subject of another field. On the blind
     * Russian set it takes false rejects from 0.24 to 0.12 (with the evidence weighing below);
     * 0.5 and less answer off-topic Russian questions (README).
     */
    static final double UNKNOWN_RUSSIAN_WORD_WEIGHT = 0.6;

    /**
     * The covered share of a question, 0..1, in two weighings.
     *
     * @param ranking  each concept weighs as its rarest spelling, glossary spellings in both
     *                 languages included, which ranks the blocks with the question's asyncio ideas first
     * @param evidence the same, except that a concept's Russian spellings that the notes never use
     *                 do not count: the notes are English, so "закрыть" (close) or the glossary's
     *                 "таск" for "task" is no sign of an off-topic question, as a word the notes
     *                 never use is, and the concept weighs as its English spellings do
     */
    record Share(double ranking, double evidence) {
        static final Share NONE = new Share(0, 0);
    }

    private Coverage() {
    }

    /**
     * The covered share of each of {@code docs} (top-level doc ids). A block has a term when it
     * has it outside the term's {@code shadows}.
     */
    static Map<Integer, Share> of(IndexReader reader, List<QueryTerm> terms, Shadows shadows, SortedSet<Integer> docs)
            throws IOException {
        Weights weights = Weights.of(reader, terms);
        double rankingTotal = sum(weights.ranking().values());
        double evidenceTotal = sum(weights.evidence().values());
        Map<Integer, Set<String>> covered = new HashMap<>();
        docs.forEach(doc -> covered.put(doc, new HashSet<>()));
        for (QueryTerm term : terms) {
            for (int doc : docsContaining(reader, term.text(), shadows.of(term.text()), docs)) {
                covered.get(doc).add(term.concept());
            }
        }
        Map<Integer, Share> shares = new HashMap<>();
        for (Map.Entry<Integer, Set<String>> entry : covered.entrySet()) {
            Set<String> concepts = entry.getValue();
            shares.put(entry.getKey(), new Share(
                    share(concepts, weights.ranking(), rankingTotal), share(concepts, weights.evidence(), evidenceTotal)));
        }
        return shares;
    }

    /** How many blocks have {@code term} in the field that has it most often. */
    static int docFreq(IndexReader reader, String term) throws IOException {
        int df = 0;
        for (String field : FIELDS) {
            df = Math.max(df, reader.docFreq(new Term(field, term)));
        }
        return df;
    }

    private static double share(Set<String> concepts, Map<String, Double> weights, double total) {
        return total == 0 ? 0 : concepts.stream().mapToDouble(weights::get).sum() / total;
    }

    private static double sum(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The weight of each concept, by concept, in the two weighings of {@link Share}. */
    private record Weights(Map<String, Double> ranking, Map<String, Double> evidence) {

        static Weights of(IndexReader reader, List<QueryTerm> terms) throws IOException {
            int numDocs = Math.max(reader.numDocs(), 1);
            Map<String, Double> ranking = new HashMap<>();
            Map<String, Double> readable = new HashMap<>();
            for (QueryTerm term : terms) {
                int df = docFreq(reader, term.text());
                double idf = Math.log(1 + (numDocs - df + 0.5) / (df + 0.5)) * term.weight();
                boolean russian = Language.RUSSIAN.equals(Language.detect(term.text()));
                boolean asked = term.origin() == QueryTerm.Origin.ASKED;
                if (df == 0 && asked && russian && term.concept().equals(term.text())) {
                    idf *= UNKNOWN_RUSSIAN_WORD_WEIGHT;
                }
                ranking.merge(term.concept(), idf, Math::max);
                if (df > 0 || !russian) {
                    readable.merge(term.concept(), idf, Math::max);
                }
            }
            Map<String, Double> evidence = new HashMap<>(ranking);
            evidence.putAll(readable);
            return new Weights(ranking, evidence);
        }
    }

    /**
     * Which of {@code docs} contain {@code text} outside its {@code phrases} in any field: one
     * postings walk per field and segment.
     */
    private static List<Integer> docsContaining(IndexReader reader, String text, List<List<String>> phrases,
            SortedSet<Integer> docs) throws IOException {
        List<Integer> found = new ArrayList<>();
        BytesRef bytes = new BytesRef(text);
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSet<Integer> inLeaf = docs.subSet(leaf.docBase, leaf.docBase + leaf.reader().maxDoc());
            if (inLeaf.isEmpty()) {
                continue;
            }
            Set<Integer> hits = new HashSet<>();
            for (String field : FIELDS) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (!iterator.seekExact(bytes)) {
                    continue;
                }
                Optional<PhraseShadow> shadow = phrases.isEmpty() ? Optional.empty() : PhraseShadow.of(terms, text, phrases);
                PostingsEnum postings = iterator.postings(null, shadow.isEmpty() ? PostingsEnum.NONE : PostingsEnum.POSITIONS);
                for (int doc : inLeaf) {
                    int local = doc - leaf.docBase;
                    int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == local && (shadow.isEmpty() || shadow.get().outside(local, postings))) {
                        hits.add(doc);
                    }
                }
            }
            found.addAll(hits);
        }
        return found;
    }
}
