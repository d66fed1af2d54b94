package io.github.asyncioanswers.telegram;

import io.github.asyncioanswers.index.ReindexReport;
import io.github.asyncioanswers.notes.ParseWarning;
import io.github.asyncioanswers.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns search results into Telegram replies: pure formatting, no I/O. */
final class Replies {

    static final int MAX_BUTTONS = 3;
    static final int MAX_WARNINGS = 5;
    private static final int MAX_LABEL_CHARS = 60;

    private final int limit;

    Replies(int limit) {
        this.limit = limit;
    }

    Replies() {
        this(MessageSplitter.TELEGRAM_LIMIT);
    }

    /** The answer: the question as a bold title, the answer, its source and id, and related questions as buttons. */
    Reply answer(Hit hit, List<Hit> related, Lang lang) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(hit.question()));
        blocks.addAll(AnswerBlocks.parse(hit.answer()));
        blocks.add(Block.text(footer(hit, Phrase.SOURCE.in(lang))));
        List<Button> buttons = buttons(related, hit.id());
        if (!buttons.isEmpty()) {
            blocks.add(Block.text(Phrase.RELATED.in(lang)));
        }
        return new Reply(MessageSplitter.split(blocks, limit), buttons);
    }

    /** The honest no-answer, with the closest questions as buttons. */
    Reply notFound(List<Hit> closest, Lang lang) {
        List<Button> buttons = buttons(closest, "");
        String next = buttons.isEmpty() ? Phrase.TRY_HELP.in(lang) : Phrase.CLOSEST.in(lang);
        return new Reply(List.of(Phrase.NO_NOTE.in(lang) + "\n" + next), buttons);
    }

    Reply help(Lang lang, int notes, String botUsername) {
        return Reply.of(Phrase.HELP.in(lang, notes, "@" + botUsername));
    }

    /** One of the bot's own short messages. */
    Reply say(Phrase phrase, Lang lang, Object... args) {
        return Reply.of(phrase.in(lang, args));
    }

    /** What a forced rebuild did, with the first few warnings and where to fix them. */
    Reply reindexed(ReindexReport report, Lang lang) {
        List<String> lines = new ArrayList<>(List.of(Phrase.REINDEXED.in(lang, report.blocks(), report.added(),
                report.updated(), report.removed(), report.warnings().size(), report.took().toMillis())));
        for (ParseWarning warning : report.warnings().subList(0, Math.min(MAX_WARNINGS, report.warnings().size()))) {
            lines.add("• `" + warning.file() + ":" + warning.line() + "` " + warning.message());
        }
        if (report.warnings().size() > MAX_WARNINGS) {
            lines.add(Phrase.MORE_WARNINGS.in(lang, report.warnings().size() - MAX_WARNINGS));
        }
        return new Reply(MessageSplitter.split(List.of(Block.text(String.join("\n", lines))), limit), List.of());
    }

    /** The label of a button that opens {@code hit}: its question, shortened. */
    static String label(Hit hit) {
        String question = hit.question().strip();
        if (question.length() <= MAX_LABEL_CHARS) {
            return question;
        }
        int cut = MAX_LABEL_CHARS - 1;
        if (Character.isHighSurrogate(question.charAt(cut - 1))) {
            cut--;
        }
        return question.substring(0, cut).stripTrailing() + "…";
    }

    private static String footer(Hit hit, String source) {
        return source + ": " + hit.file() + " · id `" + hit.id() + "`";
    }

    private static List<Button> buttons(List<Hit> hits, String excludedId) {
        List<Button> buttons = new ArrayList<>();
        for (Hit hit : hits) {
            Optional<String> data = QuestionIds.callbackData(hit.id());
            if (data.isPresent() && !hit.id().equals(excludedId) && buttons.size() < MAX_BUTTONS) {
                buttons.add(new Button(label(hit), data.get()));
            }
        }
        return buttons;
    }
}
