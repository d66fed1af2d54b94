package io.github.asyncioanswers.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict checker of the HTML subset Telegram accepts, so tests can assert a message would parse. */
final class TelegramHtml {

    private static final Set<String> TAGS = Set.of("b", "i", "code", "pre", "a");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)((?: [a-z]+=\"[^\"<>&]*\")*)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");

    private TelegramHtml() {
    }

    /** Throws {@link AssertionError} naming the first problem: an unknown or unbalanced tag, or a bare {@code <} or {@code &}. */
    static void check(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                i = tag(html, i, open);
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    throw new AssertionError("bare & at " + i + " in: " + html);
                }
                i = entity.end();
            } else if (c == '>') {
                throw new AssertionError("bare > at " + i + " in: " + html);
            } else {
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new AssertionError("unclosed " + open + " in: " + html);
        }
    }

    private static int tag(String html, int at, Deque<String> open) {
        Matcher tag = TAG.matcher(html).region(at, html.length());
        if (!tag.lookingAt() || !TAGS.contains(tag.group(2))) {
            throw new AssertionError("bad tag at " + at + " in: " + html);
        }
        if (tag.group(1).isEmpty()) {
            open.push(tag.group(2));
        } else if (open.isEmpty() || !open.pop().equals(tag.group(2))) {
            throw new AssertionError("unbalanced </" + tag.group(2) + "> at " + at + " in: " + html);
        }
        return tag.end();
    }
}
