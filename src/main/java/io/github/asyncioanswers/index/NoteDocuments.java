package io.github.asyncioanswers.index;

import io.github.asyncioanswers.notes.Note;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene document of a note; the only place that knows how a note is laid out in fields. */
final class NoteDocuments {

    /**
     * Part of every block's hash: bump it whenever fields or analysis change, so that an index
     * written by an earlier version is re-analyzed instead of being served with stale terms.
     */
    static final String LAYOUT_VERSION = "10";

    /** A question that asks why, in English or Russian. */
    private static final Pattern ASKS_WHY = Pattern.compile("^\\s*(?:why|почему|зачем)(?![\\p{L}\\p{N}_])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NoteDocuments() {
    }

    static Document toDocument(Note note, String hash, Optional<float[]> vector) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, note.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID_SORT, new BytesRef(note.id())));
        doc.add(new NumericDocValuesField(Fields.ASKS_WHY, ASKS_WHY.matcher(note.question()).find() ? 1 : 0));
        doc.add(new StringField(Fields.HASH, hash, Field.Store.YES));
        doc.add(new TextField(Fields.QUESTION, note.question(), Field.Store.NO));
        note.alsoAsked().forEach(phrasing -> doc.add(new TextField(Fields.QUESTION, phrasing, Field.Store.NO)));
        doc.add(new TextField(Fields.PATH, String.join("\n", note.headingPath()), Field.Store.NO));
        doc.add(new TextField(Fields.ANSWER, note.answer(), Field.Store.NO));
        doc.add(new TextField(Fields.WORDS, note.question() + "\n" + note.answer(), Field.Store.NO));
        doc.add(new StoredField(Fields.STORED_QUESTION, note.question()));
        doc.add(new StoredField(Fields.STORED_ANSWER, note.answer()));
        note.headingPath().forEach(heading -> doc.add(new StoredField(Fields.STORED_PATH, heading)));
        note.alsoAsked().forEach(phrasing -> doc.add(new StoredField(Fields.STORED_ALSO_ASKED, phrasing)));
        doc.add(new StoredField(Fields.LANGUAGE, note.language()));
        doc.add(new StoredField(Fields.FILE, note.file()));
        doc.add(new StoredField(Fields.LINE, note.line()));
        vector.ifPresent(v -> doc.add(new KnnFloatVectorField(Fields.VECTOR, v, VectorSimilarityFunction.COSINE)));
        return doc;
    }

    /** A hash of everything a note contributes to its document; equal hashes need no re-indexing. */
    static String hash(Note note, String layout) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String content = String.join("\u0000", layout, note.id(), note.question(), note.answer(),
                    String.join("\u0001", note.headingPath()), String.join("\u0001", note.alsoAsked()),
                    note.language(), note.file(), Integer.toString(note.line()));
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
