package io.github.asyncioanswers.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;

/** Finds damage in an index on disk (a flipped bit, a truncated file) before anything is served from it. */
final class IndexCheck {

    private IndexCheck() {
    }

    /** Verifies the checksum of every file of the last commit; reads them whole, once, at start-up. */
    static Optional<Exception> damage(IndexWriter writer) {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e);
        }
    }
}
