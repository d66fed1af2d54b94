package io.github.asyncioanswers.notes;

/** Tells English from Russian text by the share of Cyrillic letters. */
public final class Language {

    public static final String ENGLISH = "en";
    public static final String RUSSIAN = "ru";

    private Language() {
    }

    /** Returns {@code ru} when at least a quarter of the letters are Cyrillic, otherwise {@code en}. */
    public static String detect(CharSequence text) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                }
            }
        }
        return letters > 0 && cyrillic * 4 >= letters ? RUSSIAN : ENGLISH;
    }
}
