package io.github.asyncioanswers.telegram;

import io.github.asyncioanswers.index.ReindexReport;
import io.github.asyncioanswers.learn.Asked;
import io.github.asyncioanswers.learn.Channel;
import io.github.asyncioanswers.learn.QueryLog;
import io.github.asyncioanswers.search.Hit;
import io.github.asyncioanswers.search.SearchResult;
import io.github.asyncioanswers.search.Searcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Looks questions up and turns what it finds into replies; knows nothing of Telegram's wire types. */
final class Answers {

    static final int MAX_QUESTION_CHARS = 1000;
    static final int MAX_INLINE_RESULTS = 10;
    private static final int DESCRIPTION_CHARS = 100;
    /** The searcher cannot list its blocks, so /random draws from what these common words find. */
    private static final String EVERYTHING = "asyncio async await coroutine task loop event run gather корутина";
    private static final int RANDOM_POOL = 200;

    private final Searcher searcher;
    private final Replies replies;
    private final RandomGenerator random;
    private final QueryLog queryLog;

    Answers(Searcher searcher, Replies replies, RandomGenerator random, QueryLog queryLog) {
        this.searcher = searcher;
        this.replies = replies;
        this.random = random;
        this.queryLog = queryLog;
    }

    /**
     * The answer to a free-text question with 👍/👎 buttons, or the honest no-answer; blank and overlong
     * questions are told so. Each question is recorded in the query log for {@code user} (a raw id, hashed there).
     */
    Reply question(String text, Lang lang, Optional<String> user) throws IOException {
        if (text.isBlank()) {
            return replies.say(Phrase.EMPTY, lang);
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return replies.say(Phrase.TOO_LONG, lang, text.length(), MAX_QUESTION_CHARS);
        }
        SearchResult result = searcher.search(text, Replies.MAX_BUTTONS + 1);
        String queryId = queryLog.record(Asked.question(Channel.TELEGRAM, user, result));
        if (!result.answered()) {
            return replies.notFound(result.hits(), lang);
        }
        return answer(result.hits().get(0), lang).withLastRow(Votes.buttons(queryId));
    }

    /** The block with this id with 👍/👎 buttons, or a polite "no such id". */
    Reply byId(String id, Lang lang, Optional<String> user) throws IOException {
        Optional<Hit> hit = searcher.byId(id);
        return hit.isPresent() ? opened(hit.get(), lang, user) : replies.say(Phrase.UNKNOWN_ID, lang, id);
    }

    Reply random(Lang lang, Optional<String> user) throws IOException {
        List<Hit> hits = searcher.search(EVERYTHING, RANDOM_POOL).hits();
        return hits.isEmpty() ? replies.say(Phrase.NO_NOTES, lang)
                : opened(hits.get(random.nextInt(hits.size())), lang, user);
    }

    /** An answer opened by id (a button, a command) is logged too, so that it can be voted on. */
    private Reply opened(Hit hit, Lang lang, Optional<String> user) throws IOException {
        String queryId = queryLog.record(Asked.opened(Channel.TELEGRAM, user, hit));
        return answer(hit, lang).withLastRow(Votes.buttons(queryId));
    }

    /** One of the bot's own short messages. */
    Reply say(Phrase phrase, Lang lang, Object... args) {
        return replies.say(phrase, lang, args);
    }

    /** An id to show in usage examples: any block's, or a made-up one when there are no notes. */
    String exampleId() throws IOException {
        List<Hit> hits = searcher.search(EVERYTHING, 1).hits();
        return hits.isEmpty() ? "0b778831-da0a-459e-b906-d99da99e44b4" : hits.get(0).id();
    }

    /** What a forced rebuild did. */
    Reply reindexed(ReindexReport report, Lang lang) {
        return replies.reindexed(report, lang);
    }

    Reply help(Lang lang, String botUsername) throws IOException {
        return replies.help(lang, searcher.size(), botUsername);
    }

    /** Up to ten answers for inline mode, each sent as the first message of its full answer. */
    List<InlineArticle> inline(String query) throws IOException {
        if (query.isBlank() || query.length() > MAX_QUESTION_CHARS) {
            return List.of();
        }
        List<InlineArticle> articles = new ArrayList<>();
        Lang lang = Lang.of(query);
        for (Hit hit : searcher.search(query, MAX_INLINE_RESULTS).hits()) {
            String html = replies.answer(hit, List.of(), lang).messages().get(0);
            articles.add(new InlineArticle(hit.id(), Replies.label(hit), description(hit), html));
        }
        return articles;
    }

    private Reply answer(Hit hit, Lang lang) throws IOException {
        return replies.answer(hit, related(hit), lang);
    }

    private List<Hit> related(Hit hit) throws IOException {
        return searcher.related(hit, Replies.MAX_BUTTONS);
    }

    private static String description(Hit hit) {
        String flat = hit.answer().replaceAll("```[A-Za-z0-9_+-]*", "").replaceAll("\\s+", " ").strip();
        return flat.length() <= DESCRIPTION_CHARS ? flat : flat.substring(0, DESCRIPTION_CHARS - 1) + "…";
    }
}
