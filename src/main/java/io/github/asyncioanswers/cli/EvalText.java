package io.github.asyncioanswers.cli;

import io.github.asyncioanswers.eval.EvalReport;
import java.util.Locale;

/** Prints an evaluation report as a short table. */
final class EvalText {

    private EvalText() {
    }

    static String format(EvalReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "queries: %d in scope, %d out of scope%n", report.inScope(), report.outOfScope()));
        line(text, "recall@1", report.recallAt1());
        line(text, "MRR@5", report.mrrAt5());
        line(text, "answered recall@1", report.answeredRecallAt1());
        line(text, "out-of-scope rejected", report.outOfScopeRejected());
        line(text, "false rejects", report.falseRejects());
        text.append("per kind (recall@1; out-of-scope: rejected):\n");
        report.byKind().forEach((kind, value) -> line(text, "  " + kind, value));
        text.append("misses:\n");
        report.misses().forEach(miss -> text.append("  ").append(miss).append('\n'));
        return text.toString();
    }

    private static void line(StringBuilder text, String name, double value) {
        text.append(String.format(Locale.ROOT, "%-24s %.3f%n", name, value));
    }
}
