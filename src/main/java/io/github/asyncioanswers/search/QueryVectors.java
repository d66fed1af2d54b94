package io.github.asyncioanswers.search;

import io.github.asyncioanswers.embed.Embedder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vector a question is searched by meaning with: its embedding, turned toward what the known
 * errors in it mean. The meanings come from the glossary file, so each is embedded once, on first
 * use; embedding it with every question instead took 6 ms more a question and found no more.
 */
final class QueryVectors {

    private final Embedder embedder;
    /** Bounded by the number of error lines in the glossary. */
    private final Map<String, float[]> meanings = new ConcurrentHashMap<>();

    QueryVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * The vector to search {@code text} by, turned toward {@code errorMeanings}; none for blank text
     * (the model refuses it) or when the model gives a vector that is not finite, which Lucene refuses.
     */
    Optional<float[]> of(String text, List<String> errorMeanings) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        float[] question = embedder.embedQuery(text);
        float[] vector = errorMeanings.isEmpty() ? question : toward(question, errorMeanings.stream().map(this::meaning).toList());
        return finite(vector) ? Optional.of(vector) : Optional.empty();
    }

    private static boolean finite(float[] vector) {
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cached embedding of {@code meaning}. Two threads may embed the same meaning at once, and
     * both get the same vector; the model is not run inside the map's lock.
     */
    private float[] meaning(String meaning) {
        float[] known = meanings.get(meaning);
        if (known != null) {
            return known;
        }
        float[] embedded = embedder.embedQuery(meaning);
        float[] raced = meanings.putIfAbsent(meaning, embedded);
        return raced != null ? raced : embedded;
    }

    /**
     * The unit vector along {@code question} plus the mean of {@code meanings}, all unit vectors:
     * halfway between the question and its meaning when there is one, nearer the question when
     * several meanings point apart. Weighting the mean 0.5 to 1 gave the same figures on the four
     * sets, and 2 lost two questions. A sum that cancels out (or is not a number) leaves the question as it is.
     */
    static float[] toward(float[] question, List<float[]> meanings) {
        float[] sum = question.clone();
        for (float[] meaning : meanings) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += meaning[i] / meanings.size();
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        if (!(norm > 0) || Double.isInfinite(norm)) {
            return question;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= scale;
        }
        return sum;
    }
}
