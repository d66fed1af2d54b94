package io.github.asyncioanswers.search;

import java.util.regex.Pattern;

/**
 * Questions that ask why. A block such as "Why asyncio.wait_for(awaitable, timeout) doesn't always
 * work?" (its own question asks why, {@code Fields.ASKS_WHY}) answers someone whose timeout did
 * not fire, not someone who asks how to set one: it explains a failure, and names the same things
 * as the block that shows how. So a question counts as asking why when it says "why", or when it
 * reports that something does not happen ("never fires", "не срабатывает") without asking how.
 */
final class WhyQuestions {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String START = "(?<![\\p{L}\\p{N}_])";
    private static final String END = "(?![\\p{L}\\p{N}_])";
    private static final Pattern WHY = Pattern.compile(START + "(?:why|how\\s+come|почему|зачем|отчего)" + END, FLAGS);
    private static final Pattern HOW = Pattern.compile(START + "(?:how|как|is\\s+there\\s+a\\s+way)" + END, FLAGS);
    private static final Pattern NEGATION = Pattern.compile(START + "(?:not|never|не|нет)" + END + "|n[’']t" + END, FLAGS);

    private WhyQuestions() {
    }

    /** Whether {@code question} asks why something happens, or reports that it does not. */
    static boolean asked(String question) {
        return WHY.matcher(question).find() || NEGATION.matcher(question).find() && !HOW.matcher(question).find();
    }
}
