package io.github.asyncioanswers.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
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

    /** The lower-case words of two or more Latin letters that the tokenizer holds whole. */
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
                Set<String> words = new HashSet<>();
                Iterator<String> tokens = new ObjectMapper().readTree(in).path("model").path("vocab").fieldNames();
                tokens.forEachRemaining(token -> {
                    if (token.length() >= 2 && token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        words.add(token);
                    }
                });
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TOKENIZER, e);
            }
        }
    }
}
