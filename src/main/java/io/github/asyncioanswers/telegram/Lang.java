package io.github.asyncioanswers.telegram;

import java.util.Optional;

/** The language a reply is written in: Russian when the user writes Cyrillic, English otherwise. */
enum Lang {
    EN, RU;

    /** Decides by the text first (any Cyrillic letter means Russian), then by the client's language code. */
    static Lang of(String text, Optional<String> languageCode) {
        if (text.codePoints().anyMatch(Lang::isCyrillic)) {
            return RU;
        }
        if (text.codePoints().anyMatch(c -> Character.isLetter(c) && c < 0x250)) {
            return EN;
        }
        return languageCode.filter(code -> code.toLowerCase().startsWith("ru")).isPresent() ? RU : EN;
    }

    static Lang of(String text) {
        return of(text, Optional.empty());
    }

    private static boolean isCyrillic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
    }
}
