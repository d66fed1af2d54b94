package io.github.asyncioanswers.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The English words the embedding model's tokenizer knows whole: about 21,000 common words
 * ("user", "tell", "threw"), read from the tokenizer file that ships with the model. A word
 * among them is a real word, not a slip of the keyboard, whether or not the notes use it.
 */
public final class Vocabulary {

    private static final String TOKENIZER = Embedder.MODEL + "-tokenizer.json";

    private Vocabulary() {
    }

    /**
     * The lower-case words of two or more Latin letters that the tokenizer holds whole, in the
     * tokenizer's order, which puts the more frequent words first.
     */
    public static Set<String> englishWords() {
        return Words.ENGLISH;
    }

    /** Read once, on first use: the set never changes. */
    private static final class Words {
        static final Set<String> ENGLISH = read();

        private static Set<String> read() {
            try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
                if (in == null) {
                    throw new IllegalStateException(TOKENIZER + " is not on the class path");
                }
                Map<String, Integer> words = new HashMap<>();
                Iterator<Map.Entry<String, JsonNode>> tokens = new ObjectMapper().readTree(in).path("model").path("vocab").fields();
                tokens.forEachRemaining(token -> {
                    String word = token.getKey();
                    if (word.length() >= 2 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        words.put(word, token.getValue().asInt());
                    }
                });
                Set<String> ordered = new LinkedHashSet<>();
                words.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> ordered.add(e.getKey()));
                return Collections.unmodifiableSet(ordered);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TOKENIZER, e);
            }
        }
    }
}
