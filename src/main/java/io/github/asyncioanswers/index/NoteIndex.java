package io.github.asyncioanswers.index;

import io.github.asyncioanswers.embed.Embedder;
import io.github.asyncioanswers.notes.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the notes: one writer, and a {@link SearcherManager} through which every
 * query reads the last committed state. Updates are serialized; readers never wait for them.
 */
public final class NoteIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NoteIndex.class);
    /** Blocks embedded together, on every core, before they are written: bounds the vectors held at once. */
    private static final int EMBEDDING_BATCH = 256;

    private final Directory directory;
    private final Analyzer analyzer;
    /** Replaced when Lucene closed it after a tragic failure (a full disk), so reindexing can go on. */
    private IndexWriter writer;
    private final SearcherManager searcherManager;
    private final Optional<Embedder> embedder;
    /** What, besides a note's content, decides its document: the layout and the embedding model. */
    private final String layout;
    /** The hash of every block the index holds, by id; null when it must be read from the index again. */
    private Map<String, String> hashes;
    /** The notes those hashes were computed from: a note equal to its predecessor needs no hashing. */
    private Map<String, Note> hashedNotes = Map.of();

    private NoteIndex(Directory directory, Analyzer analyzer, IndexWriter writer, Optional<Embedder> embedder)
            throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.embedder = embedder;
        this.layout = NoteDocuments.LAYOUT_VERSION + embedder.map(e -> "+" + e.modelName()).orElse("");
        // Searches read commits from the directory, not the writer, so they outlive a writer that fails.
        this.searcherManager = new SearcherManager(directory, null);
    }

    /**
     * Opens the index in {@code dir}, creating it if needed. An index that cannot be read or fails
     * its checksums (corrupt, half-written, or written by an incompatible version) is discarded and
     * started afresh: the notes are the source of truth and the next reindex rebuilds it.
     */
    public static NoteIndex open(Path dir, Analyzer analyzer, Optional<Embedder> embedder) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config(analyzer, OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("index folder " + dir + " is in use by another process", e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("index in {} cannot be read ({}); starting a new one", dir, e.toString());
            writer = new IndexWriter(directory, config(analyzer, OpenMode.CREATE));
        }
        Optional<Exception> damage = IndexCheck.damage(writer);
        if (damage.isPresent()) {
            LOG.warn("index in {} is damaged ({}); starting a new one", dir, damage.get().toString());
            writer.deleteAll();
            writer.commit();
        }
        if (!DirectoryReader.indexExists(directory)) {
            writer.commit();
        }
        return new NoteIndex(directory, analyzer, writer, embedder);
    }

    private static IndexWriterConfig config(Analyzer analyzer, OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        config.setCommitOnClose(false);
        return config;
    }

    /** The manager through which searches acquire and release a searcher. */
    public SearcherManager searcherManager() {
        return searcherManager;
    }

    /**
     * Makes the index hold exactly {@code notes}: new and changed blocks are (re)written by id,
     * blocks that are gone are deleted, unchanged ones are left alone; one commit, then one refresh,
     * so searches see the old state or the new one, never a mix.
     */
    public synchronized IndexUpdate replaceAll(List<Note> notes) throws IOException {
        return update(notes, false);
    }

    /**
     * Like {@link #replaceAll(List)}, but writes every block again, changed or not (as after a change
     * of analysis); counts are still those of the content that changed. Searches see the old index
     * until the new one is committed whole.
     */
    public synchronized IndexUpdate rewriteAll(List<Note> notes) throws IOException {
        return update(notes, true);
    }

    private IndexUpdate update(List<Note> notes, boolean rewriteAll) throws IOException {
        try {
            reopenIfClosed();
            return write(notes, rewriteAll);
        } catch (IOException | RuntimeException e) {
            // The writer may hold part of this update now; what it holds is read again next time.
            hashes = null;
            hashedNotes = Map.of();
            throw e;
        }
    }

    /**
     * Lucene closes its writer for good after a tragic failure such as a full disk; the last commit is
     * intact, so a new writer on the same directory carries on from it once the cause is gone.
     */
    private void reopenIfClosed() throws IOException {
        if (writer.isOpen()) {
            return;
        }
        LOG.warn("the index writer was closed by an earlier failure ({}); opening a new one",
                String.valueOf(writer.getTragicException()));
        writer = new IndexWriter(directory, config(analyzer, OpenMode.CREATE_OR_APPEND));
    }

    private IndexUpdate write(List<Note> notes, boolean rewriteAll) throws IOException {
        Map<String, String> existing = hashes == null ? storedHashes() : hashes;
        Map<String, float[]> vectors = rewriteAll && embedder.isPresent() ? Vectors.stored(writer) : Map.of();
        if (rewriteAll) {
            writer.deleteAll();
        }
        Map<String, String> nextHashes = new HashMap<>();
        for (Note note : notes) {
            String previous = existing.get(note.id());
            nextHashes.put(note.id(), previous != null && note.equals(hashedNotes.get(note.id())) ? previous
                    : NoteDocuments.hash(note, layout));
        }
        // Embedding is the costly part of indexing: an unchanged block keeps the vector it has.
        Predicate<Note> needsVector = note -> !nextHashes.get(note.id()).equals(existing.get(note.id()))
                || rewriteAll && !vectors.containsKey(note.id());
        int added = 0;
        int updated = 0;
        for (int from = 0; from < notes.size(); from += EMBEDDING_BATCH) {
            List<Note> batch = notes.subList(from, Math.min(notes.size(), from + EMBEDDING_BATCH));
            Map<String, float[]> fresh = embedder.map(e -> Vectors.embedAll(e, batch.stream().filter(needsVector).toList()))
                    .orElse(Map.of());
            for (Note note : batch) {
                String previous = existing.get(note.id());
                String hash = nextHashes.get(note.id());
                if (rewriteAll || !hash.equals(previous)) {
                    Optional<float[]> vector = embedder.map(e -> fresh.getOrDefault(note.id(), vectors.get(note.id())));
                    writer.updateDocument(new Term(Fields.ID, note.id()), NoteDocuments.toDocument(note, hash, vector));
                    added += previous == null ? 1 : 0;
                    updated += previous != null && !hash.equals(previous) ? 1 : 0;
                }
            }
        }
        int removed = deleteGone(existing.keySet(), nextHashes.keySet(), rewriteAll);
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
        searcherManager.maybeRefreshBlocking();
        hashes = nextHashes;
        hashedNotes = notes.stream().collect(Collectors.toMap(Note::id, note -> note));
        return new IndexUpdate(nextHashes.size(), added, updated, removed);
    }

    /** Deletes the blocks whose ids are gone (unless everything was deleted already); returns how many. */
    private int deleteGone(Set<String> before, Set<String> after, boolean allDeleted) throws IOException {
        List<Term> gone = before.stream().filter(id -> !after.contains(id)).map(id -> new Term(Fields.ID, id)).toList();
        if (!gone.isEmpty() && !allDeleted) {
            writer.deleteDocuments(gone.toArray(Term[]::new));
        }
        return gone.size();
    }

    /** The number of blocks in the searchable state. */
    public int size() throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** The generation of the last commit; it grows with every reindex that changed something. */
    public long generation() throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getGeneration();
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** Reads id and hash from the writer's own view, which includes changes of a failed update. */
    private Map<String, String> storedHashes() throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader current = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : current.leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document fields = stored.document(doc, Set.of(Fields.ID, Fields.HASH));
                        hashes.put(fields.get(Fields.ID), fields.get(Fields.HASH));
                    }
                }
            }
        }
        return hashes;
    }

    @Override
    public void close() throws IOException {
        searcherManager.close();
        if (writer.isOpen()) {
            writer.rollback();
        }
        directory.close();
    }
}
