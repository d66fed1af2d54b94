package io.github.asyncioanswers.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder and its sub-folders (hidden ones excepted) and runs an action once a burst of
 * changes has been quiet for the debounce. Saves, additions, deletions, renames and an editor's
 * write-to-temp-and-rename all count as changes; a failing action is logged and watching goes on.
 */
public final class NotesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotesWatcher.class);
    /**
     * How often to check that the watched folder is still the one being watched (a folder moved
     * away keeps its watch, so its return raises no event) and to retry an action that failed.
     */
    private static final Duration ROOT_RETRY = Duration.ofSeconds(1);
    /** A change that never goes quiet (a log file in the folder) still gets its action this often. */
    private static final int MAX_DEBOUNCES_PER_BURST = 10;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final Path root;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService service;
    /** Touched only by the watcher thread once it runs. */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;
    /** The identity (inode) of the folder the watches were set on; touched only by the watcher thread. */
    private Object rootIdentity;
    /** The last action failed (the folder was away, say): run it again at the next check. */
    private boolean retryPending;

    private NotesWatcher(Path root, Duration debounce, Runnable onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.onChange = onChange;
        this.service = this.root.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "notes-watcher");
        this.thread.setDaemon(true);
        watchTree(this.root);
        this.rootIdentity = identity(this.root);
    }

    /**
     * Starts watching {@code root}; {@code onChange} runs on the watcher's own thread, one call at a
     * time. A folder that does not exist yet is watched from the moment it appears.
     */
    public static NotesWatcher start(Path root, Duration debounce, Runnable onChange) throws IOException {
        NotesWatcher watcher = new NotesWatcher(root, debounce, onChange);
        watcher.thread.start();
        LOG.info("watching {} for changes (debounce {} ms)", watcher.root, debounce.toMillis());
        return watcher;
    }

    private void run() {
        while (!closed) {
            try {
                if (awaitQuietBurst()) {
                    retryPending = true;
                    onChange.run();
                    retryPending = false;
                }
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("after a change in {}: {}; still watching", root, e.getMessage(), e);
            }
        }
    }

    /** Waits for a change, then for the debounce to pass without another; true when something changed. */
    private boolean awaitQuietBurst() throws InterruptedException {
        WatchKey key = service.poll(ROOT_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) {
            return watchRootAgain() || (retryPending && Files.isDirectory(root));
        }
        handle(key);
        long giveUpAt = System.nanoTime() + debounce.toNanos() * MAX_DEBOUNCES_PER_BURST;
        while (System.nanoTime() < giveUpAt) {
            key = service.poll(debounce.toNanos(), TimeUnit.NANOSECONDS);
            if (key == null) {
                break;
            }
            handle(key);
        }
        return true;
    }

    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost, new sub-folders among them perhaps: registering again is harmless.
                watchTree(root);
            } else if (event.kind() == ENTRY_CREATE && folder != null) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                    watchTree(created);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Watches the folder again when it came back or was replaced; true when it did. */
    private boolean watchRootAgain() {
        Object current = identity(root);
        if (current == null || current.equals(rootIdentity) && !folders.isEmpty()) {
            return false;
        }
        LOG.info("{} is back; watching it again", root);
        folders.keySet().forEach(WatchKey::cancel);
        folders.clear();
        watchTree(root);
        rootIdentity = current;
        return true;
    }

    /** The file system's identity of a folder (its inode on Linux), or null when it is not a folder now. */
    private static Object identity(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return null;
            }
            return attributes.fileKey() != null ? attributes.fileKey() : folder;
        } catch (IOException e) {
            return null;
        }
    }

    private void watchTree(Path top) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(top) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The folder vanished while we walked it: its deletion is an event of its own.
            LOG.debug("cannot watch {} ({})", top, e.toString());
        }
    }

    /** Stops watching; waits for a running action to finish. */
    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("the notes watcher did not stop within {} s", CLOSE_WAIT.toSeconds());
        }
    }
}
