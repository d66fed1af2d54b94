package io.github.asyncioanswers.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stems each word with the stemmer of its own script, so one field can hold English and Russian:
 * Cyrillic words get the Russian Snowball stemmer, Latin words the English one. Identifiers
 * (with a dot, an underscore or a digit) are left whole so that code matches code exactly.
 */
final class ScriptStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SnowballStemmer english = new EnglishStemmer();
    private final SnowballStemmer russian = new RussianStemmer();

    ScriptStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        SnowballStemmer stemmer = stemmerFor(term);
        if (stemmer != null) {
            stemmer.setCurrent(term.buffer(), term.length());
            stemmer.stem();
            term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
        }
        return true;
    }

    private SnowballStemmer stemmerFor(CharTermAttribute token) {
        boolean cyrillic = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.' || c == '_' || Character.isDigit(c)) {
                return null;
            }
            cyrillic |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
        }
        return cyrillic ? russian : english;
    }
}
