package io.github.asyncioanswers.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings computed in-process by all-MiniLM-L6-v2 (quantized ONNX, shipped inside a
 * Maven artifact: nothing is downloaded at run time). It ranks the bundled notes as well as BGE
 * small did at a third of the cost per question (README, "Retrieval quality"). Thread safe.
 */
public final class Embedder {

    private static final Logger LOG = LoggerFactory.getLogger(Embedder.class);

    /** Enough of a block to say what it is about, and a bounded cost per block. */
    private static final int MAX_PASSAGE_CHARS = 1200;

    /** The model's files, as the Maven artifact ships them on the class path. */
    static final String MODEL = "all-minilm-l6-v2-q";
    private static final PoolingMode POOLING = PoolingMode.MEAN;

    private final Encoder model;
    private final String name;
    private final int dimension;

    private Embedder(Encoder model, String name) {
        this.model = model;
        this.name = name;
        this.dimension = model.embed("dimension").content().dimension();
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
        Embedder embedder = new Embedder(Encoder.load(), MODEL);
        LOG.info("embedding model {} loaded in {} ms ({} dimensions)", embedder.name,
                (System.nanoTime() - start) / 1_000_000, embedder.dimension);
        return embedder;
    }

    public int dimension() {
        return dimension;
    }

    /** Which model made the vectors: vectors of different models must never be compared. */
    public String modelName() {
        return name;
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

    /**
     * The model run by one ONNX thread per call: a question is a few dozen tokens, too little work
     * to share between cores, and concurrent searches then use the cores side by side.
     */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        private Encoder(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        static Encoder load() {
            ClassLoader loader = Embedder.class.getClassLoader();
            try (InputStream onnx = loader.getResourceAsStream(MODEL + ".onnx");
                    InputStream tokenizer = loader.getResourceAsStream(MODEL + "-tokenizer.json")) {
                if (onnx == null || tokenizer == null) {
                    throw new IllegalStateException("embedding model " + MODEL + " is not on the class path");
                }
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtSession session = environment.createSession(onnx.readAllBytes(), options);
                return new Encoder(new OnnxBertBiEncoder(environment, session, tokenizer, POOLING));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model", e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot start the embedding model", e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
