package io.github.asyncioanswers.index;

/** The Lucene field names, kept in one place so that indexing and searching cannot drift apart. */
public final class Fields {

    /** The question id: a stored, untokenized keyword, so lookups and replacements match it exactly. */
    public static final String ID = "id";
    /** The heading text and the block's alternate phrasings: what a user's question most resembles. */
    public static final String QUESTION = "question";
    /** The parent headings, which give a block its topic ("How to run coroutines" > "1. asyncio.run()"). */
    public static final String PATH = "path";
    /** The answer markdown, code included. */
    public static final String ANSWER = "answer";
    /**
     * The words of question and answer lower-cased but not stemmed: the vocabulary that typos in
     * a query are corrected against (stems are too short to compare spellings reliably).
     */
    public static final String WORDS = "words";
    /** A hash of everything indexed for a block, so an unchanged block is never analyzed again. */
    public static final String HASH = "hash";
    /** Stored only: what a hit shows. */
    public static final String STORED_QUESTION = "stored_question";
    public static final String STORED_ANSWER = "stored_answer";
    public static final String STORED_PATH = "stored_path";
    public static final String STORED_ALSO_ASKED = "stored_also_asked";
    public static final String LANGUAGE = "language";
    public static final String FILE = "file";
    public static final String LINE = "line";
    /** Doc values copy of the id, used to break score ties in a stable order. */
    public static final String ID_SORT = "id_sort";
    /**
     * Doc values, 1 when the block's own question asks why ("Why … doesn't always work?"): worked
     * out once at index time, so that ranking reads it per candidate without decompressing stored fields.
     */
    public static final String ASKS_WHY = "asks_why";
    /** The block's sentence embedding, when semantic retrieval is on. */
    public static final String VECTOR = "vector";

    private Fields() {
    }
}
