package io.github.asyncioanswers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Running apps for tests: real index and HTTP server on temp folders and port 0. */
public final class TestApps {

    private TestApps() {
    }

    /** An app serving two small notes from {@code temp/notes}, with {@code adminToken} if given. */
    public static App onTwoNotes(Path temp, Optional<String> adminToken) throws IOException {
        TestNotes.write(temp.resolve("notes/a.md"), "alpha", "beta");
        return App.open(TestConfig.of(temp.resolve("notes"), temp.resolve("index"), Duration.ofMillis(100), false,
                adminToken)).start();
    }
}
