package io.github.asyncioanswers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real, tiny tmpfs mounted on a folder, to fill up: how the bot behaves on a full disk. Mounting
 * needs root and a container that allows it; where it is not permitted, {@link #mount} says so and
 * the test is skipped.
 */
public final class TinyDisk implements AutoCloseable {

    private final Path dir;

    private TinyDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "2m") on {@code dir}, or skips the test where that is not permitted. */
    public static TinyDisk mountOrSkip(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        assumeTrue(mounted, "mounting a tmpfs is not permitted here");
        return new TinyDisk(dir);
    }

    /** Unmounts {@code disk} if it was mounted. */
    public static void unmount(TinyDisk disk) throws IOException, InterruptedException {
        if (disk != null) {
            disk.close();
        }
    }

    /**
     * Writes zeros to {@code file} on the disk until not one more byte fits; deleting the file frees
     * the space. (Files already on the disk may still grow within the pages they have.)
     */
    public Path fill(String file) throws IOException {
        Path filler = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (byte[] chunk : new byte[][] {new byte[16 * 1024], new byte[1]}) {
                try {
                    while (true) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    assertThat(e).hasMessageContaining("No space left on device");
                }
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        assertThat(run("umount", dir.toString())).isTrue();
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }
}
