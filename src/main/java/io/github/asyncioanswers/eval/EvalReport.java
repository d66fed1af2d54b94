package io.github.asyncioanswers.eval;

import java.util.List;
import java.util.Map;

/**
 * Retrieval quality on a set of queries.
 *
 * @param recallAt1        in-scope queries whose first hit is an acceptable block
 * @param mrrAt5           mean reciprocal rank of the first acceptable block within the top 5
 * @param answeredRecallAt1 in-scope queries answered (not rejected) with an acceptable first block
 * @param outOfScopeRejected out-of-scope queries that the bot declined to answer
 * @param falseRejects     in-scope queries that the bot declined to answer
 * @param byKind           recall@1 per kind (for out-of-scope: the rejected share)
 * @param misses           one line per query that went wrong
 */
public record EvalReport(int inScope, int outOfScope, double recallAt1, double mrrAt5, double answeredRecallAt1,
                         double outOfScopeRejected, double falseRejects, Map<String, Double> byKind,
                         List<String> misses) {

    public EvalReport {
        byKind = Map.copyOf(byKind);
        misses = List.copyOf(misses);
    }
}
