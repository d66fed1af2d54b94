package io.github.asyncioanswers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Run in a child JVM by {@link CrashUnderLoadTest}: serves a notes folder with the watcher on, says
 * its port on stdout, and blocks until killed.
 */
public final class ServeUntilKilled {

    private ServeUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        App app = App.open(TestConfig.of(Path.of(args[0]), Path.of(args[1]), Duration.ofMillis(50), true,
                Optional.empty())).start();
        System.out.println("port " + app.httpPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
