package io.github.asyncioanswers.search;

import io.github.asyncioanswers.embed.Embedder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vector a question is searched by meaning with: its embedding, turned halfway toward what the
 * known errors in it mean. The meanings come from the glossary file, so each is embedded once;
 * embedding it with every question instead took 6 ms more a question and found no more.
 */
final class QueryVectors {

    private final Embedder embedder;
    /** Bounded by the number of error lines in the glossary. */
    private final Map<String, float[]> meanings = new ConcurrentHashMap<>();

    QueryVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    float[] of(String text, List<String> errorMeanings) {
        float[] question = embedder.embedQuery(text);
        if (errorMeanings.isEmpty()) {
            return question;
        }
        return toward(question, errorMeanings.stream().map(m -> meanings.computeIfAbsent(m, embedder::embedQuery)).toList());
    }

    /**
     * The unit vector halfway between {@code question} and the mean of {@code meanings}, all unit
     * vectors; a weight of 0.5 to 1 for the meanings gives the same figures on the four sets, 2 loses two questions.
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
        if (norm == 0) {
            return question;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= scale;
        }
        return sum;
    }
}
