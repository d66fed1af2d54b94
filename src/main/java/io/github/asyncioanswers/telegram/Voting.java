package io.github.asyncioanswers.telegram;

import io.github.asyncioanswers.learn.Channel;
import io.github.asyncioanswers.learn.Feedback;
import io.github.asyncioanswers.learn.QueryLog;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.User;

/** Records a 👍/👎 press in the query log: one vote per user and answer, changed by pressing the other. */
final class Voting {

    private final QueryLog queryLog;

    Voting(QueryLog queryLog) {
        this.queryLog = queryLog;
    }

    /** Records the vote and returns the short notice that acknowledges the press. */
    String vote(Votes.Vote vote, User from, Lang lang) {
        Feedback feedback = new Feedback(vote.queryId(), Optional.empty(), vote.helpful(), Channel.TELEGRAM,
                Optional.of(String.valueOf(from.getId())));
        Phrase notice = switch (queryLog.feedback(feedback)) {
            case RECORDED -> Phrase.VOTE_RECORDED;
            case CHANGED -> Phrase.VOTE_CHANGED;
            case UNCHANGED -> Phrase.VOTE_UNCHANGED;
            case UNKNOWN_QUERY, NOT_A_RESULT -> Phrase.VOTE_EXPIRED;
        };
        return notice.in(lang);
    }
}
