package io.github.asyncioanswers;

import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.Operations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real App on the bundled notes, a temporary index folder and a free port, for tests that share one. */
public final class RunningApp implements AutoCloseable {

    private final Path indexDir;
    private final App app;

    private RunningApp(Path indexDir, App app) {
        this.indexDir = indexDir;
        this.app = app;
    }

    /** Starts the app; semantic retrieval is on or off as asked. */
    public static RunningApp start(boolean semantic) throws IOException {
        Path indexDir = Files.createTempDirectory("asyncio-answers-index");
        // No rate limit: fuzzing sends hundreds of requests a second; HardeningTest covers the limit.
        Config config = Config.defaults(Path.of("notes"), indexDir, 0).withSemantic(semantic)
                .withOperations(Operations.defaults().withRateLimit(0, 1));
        return new RunningApp(indexDir, App.open(config).start());
    }

    public App app() {
        return app;
    }

    @Override
    public void close() {
        app.close();
        TempTree.delete(indexDir);
    }
}
