package io.github.asyncioanswers.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings computed in-process by BGE small English v1.5 (quantized ONNX, shipped inside
 * a Maven artifact: nothing is downloaded at run time). Thread safe.
 */
public final class Embedder {

    private static final Logger LOG = LoggerFactory.getLogger(Embedder.class);

    /** BGE's instruction for short queries that look for passages that answer them. */
    private static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    /** Enough of a block to say what it is about, and a bounded cost per block. */
    private static final int MAX_PASSAGE_CHARS = 1200;

    private final EmbeddingModel model;
    private final int dimension;

    private Embedder(EmbeddingModel model) {
        this.model = model;
        this.dimension = model.dimension();
    }

    /**
     * Loads the model. The ONNX runtime and tokenizer unpack native libraries; {@code cacheDir}
     * (when given) is where they go, for read-only containers.
     */
    public static Embedder load(Optional<Path> cacheDir) {
        cacheDir.ifPresent(dir -> {
            System.setProperty("java.io.tmpdir", dir.toAbsolutePath().toString());
            System.setProperty("DJL_CACHE_DIR", dir.resolve("djl").toAbsolutePath().toString());
        });
        long start = System.nanoTime();
        Embedder embedder = new Embedder(new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run));
        LOG.info("embedding model loaded in {} ms ({} dimensions)", (System.nanoTime() - start) / 1_000_000,
                embedder.dimension);
        return embedder;
    }

    public int dimension() {
        return dimension;
    }

    /** The embedding of a question as a person typed it. */
    public float[] embedQuery(String text) {
        return model.embed(text).content().vector();
    }

    /** The embedding of a block of the notes: its question, then the start of its answer. */
    public float[] embedPassage(String question, String answer) {
        String passage = question + "\n" + answer;
        if (passage.length() > MAX_PASSAGE_CHARS) {
            passage = passage.substring(0, MAX_PASSAGE_CHARS);
        }
        return model.embed(passage).content().vector();
    }
}
