package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Candidate covering(double coverage, double meaningCoverage) {
        return candidate(0, "a", 1, 0, coverage, meaningCoverage, false);
    }

    private static Candidate candidate(int doc, String id, double lexicalShare, double cosine, double coverage,
            double meaningCoverage, boolean defines) {
        return new Candidate(doc, id, 1f, lexicalShare, cosine, new Coverage.Share(coverage, coverage),
                new Coverage.Share(meaningCoverage, meaningCoverage), defines, false);
    }

    @Test
    void a_block_that_covers_what_a_pasted_error_means_is_sure_though_it_shares_few_of_its_words() {
        assertThat(Ranking.confidence(covering(0.1, 0.5))).isGreaterThanOrEqualTo(Ranking.ANSWER_THRESHOLD);
        assertThat(Ranking.confidence(covering(0.1, 0))).isLessThan(Ranking.ANSWER_THRESHOLD);
    }

    @Test
    void covering_the_meaning_of_a_pasted_error_ranks_a_block_like_covering_its_words() {
        Candidate byMeaning = candidate(1, "b", 0.5, 0, 0.1, 0.6, false);
        Candidate byWords = candidate(2, "c", 0.5, 0, 0.3, 0, false);

        assertThat(new Ranking().rank(List.of(byWords, byMeaning), false))
                .extracting(ranked -> ranked.candidate().id()).containsExactly("b", "c");
    }

    @Test
    void confidence_follows_the_evidence_weighing_of_coverage_and_the_order_follows_the_ranking_weighing() {
        Candidate rankedHigh = new Candidate(1, "b", 1f, 0.5, 0, new Coverage.Share(0.6, 0.1), Coverage.Share.NONE, false, false);
        Candidate evidentHigh = new Candidate(2, "c", 1f, 0.5, 0, new Coverage.Share(0.3, 0.6), Coverage.Share.NONE, false, false);

        List<Ranking.Ranked> ranked = new Ranking().rank(List.of(evidentHigh, rankedHigh), false);

        assertThat(ranked).extracting(r -> r.candidate().id()).containsExactly("b", "c");
        assertThat(ranked.get(0).confidence()).isLessThan(Ranking.ANSWER_THRESHOLD);
        assertThat(ranked.get(1).confidence()).isGreaterThanOrEqualTo(Ranking.ANSWER_THRESHOLD);
    }

    @Test
    void a_block_that_defines_what_a_what_is_question_asks_about_is_answered_though_the_question_says_more() {
        Candidate defines = candidate(0, "a", 1, 0.45, 0.1, 0, true);
        Candidate same = candidate(0, "a", 1, 0.45, 0.1, 0, false);

        assertThat(Ranking.confidence(defines)).isGreaterThanOrEqualTo(Ranking.ANSWER_THRESHOLD);
        assertThat(Ranking.confidence(same)).isLessThan(Ranking.ANSWER_THRESHOLD);
    }
}
