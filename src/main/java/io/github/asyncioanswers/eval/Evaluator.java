package io.github.asyncioanswers.eval;

import io.github.asyncioanswers.search.Hit;
import io.github.asyncioanswers.search.SearchResult;
import io.github.asyncioanswers.search.Searcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs evaluation queries through the searcher and measures how often the right block comes first. */
public final class Evaluator {

    private static final int DEPTH = 5;
    private static final String OUT_OF_SCOPE = "out-of-scope";

    private final Searcher searcher;

    public Evaluator(Searcher searcher) {
        this.searcher = searcher;
    }

    public EvalReport evaluate(List<EvalCase> cases) throws IOException {
        int inScope = 0, outOfScope = 0, top1 = 0, answeredTop1 = 0, rejected = 0, falseRejects = 0;
        double reciprocalRanks = 0;
        Map<String, int[]> kinds = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (EvalCase c : cases) {
            SearchResult result = searcher.search(c.query(), DEPTH);
            int[] kind = kinds.computeIfAbsent(c.kind(), k -> new int[2]);
            kind[1]++;
            String first = result.hits().isEmpty() ? "(nothing)" : result.hits().get(0).question();
            if (c.outOfScope()) {
                outOfScope++;
                if (!result.answered()) {
                    rejected++;
                    kind[0]++;
                } else {
                    misses.add("answered out-of-scope  " + c.query() + "  ->  " + first);
                }
                continue;
            }
            inScope++;
            int rank = rankOfAcceptable(result.hits(), c.acceptableTitles());
            if (rank == 1) {
                top1++;
                kind[0]++;
                answeredTop1 += result.answered() ? 1 : 0;
            } else {
                misses.add("rank " + (rank == 0 ? ">" + DEPTH : rank) + " [" + c.kind() + "]  " + c.query()
                        + "  ->  " + first);
            }
            if (!result.answered()) {
                falseRejects++;
                if (rank == 1) {
                    misses.add("rejected [" + c.kind() + "]  " + c.query() + "  (right block first, confidence "
                            + String.format(java.util.Locale.ROOT, "%.2f", result.hits().get(0).confidence()) + ")");
                }
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
        }
        Map<String, Double> byKind = new TreeMap<>();
        kinds.forEach((k, counts) -> byKind.put(k, ratio(counts[0], counts[1])));
        return new EvalReport(inScope, outOfScope, ratio(top1, inScope), inScope == 0 ? 0 : reciprocalRanks / inScope,
                ratio(answeredTop1, inScope), ratio(rejected, outOfScope), ratio(falseRejects, inScope), byKind, misses);
    }

    /** The 1-based rank of the first acceptable hit, 0 when none is within the hits. */
    static int rankOfAcceptable(List<Hit> hits, List<String> titles) {
        for (int i = 0; i < hits.size(); i++) {
            String question = normalize(hits.get(i).question());
            if (titles.stream().map(Evaluator::normalize).anyMatch(question::equals)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String normalize(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
