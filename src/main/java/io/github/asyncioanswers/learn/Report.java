package io.github.asyncioanswers.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What note authors should write next: the unanswered questions people ask most, grouped by
 * similarity with a note stub for each group, and the answers most often marked unhelpful.
 */
public record Report(int questions, int unanswered, List<Group> groups, List<Unhelpful> unhelpful) {

    /** Questions asked alike that no note answered, with a ready-to-paste stub for the notes. */
    public record Group(String question, int count, List<String> variants, String stub) {
        public Group {
            variants = List.copyOf(variants);
        }
    }

    /** A block and the votes on it, unhelpful first. */
    public record Unhelpful(String id, String question, int unhelpful, int helpful) {
    }

    public Report {
        groups = List.copyOf(groups);
        unhelpful = List.copyOf(unhelpful);
    }

    /**
     * Builds the report from the log's entries; at most {@code limit} groups and unhelpful answers.
     *
     * @param questionOf the question of a block id, when the block still exists
     */
    public static Report of(List<LogEntry> entries, Function<String, Optional<String>> questionOf, int limit) {
        Map<String, String> wordings = new HashMap<>();
        Map<String, Integer> asked = new LinkedHashMap<>();
        int questions = 0;
        int unanswered = 0;
        for (LogEntry entry : entries) {
            if (entry instanceof LogEntry.Query query && "question".equals(query.kind())) {
                questions++;
                if (!query.answered()) {
                    unanswered++;
                    // Questions differing only in case count as one, shown as first asked.
                    String wording = QuestionGroups.normalize(query.question());
                    String first = wordings.computeIfAbsent(wording.toLowerCase(Locale.ROOT), k -> wording);
                    asked.merge(first, 1, Integer::sum);
                }
            }
        }
        List<Group> groups = QuestionGroups.group(asked).stream().limit(limit)
                .map(group -> new Group(group.questions().get(0), group.count(), group.questions(),
                        stub(group.questions())))
                .toList();
        return new Report(questions, unanswered, groups, unhelpful(entries, questionOf, limit));
    }

    /** A block for the notes: the question as a heading, the other wordings as {@code also asked}, a fresh id. */
    static String stub(List<String> variants) {
        StringBuilder stub = new StringBuilder("### ").append(withQuestionMark(variants.get(0))).append("\n\n");
        for (String variant : variants.subList(1, Math.min(variants.size(), 6))) {
            stub.append("also asked: ").append(withQuestionMark(variant)).append('\n');
        }
        return stub.append(variants.size() > 1 ? "\n" : "").append("TODO: write the answer.\n\nquestion id: ")
                .append(UUID.randomUUID()).append('\n').toString();
    }

    private static String withQuestionMark(String question) {
        return question.endsWith("?") ? question : question + "?";
    }

    private static List<Unhelpful> unhelpful(List<LogEntry> entries, Function<String, Optional<String>> questionOf,
            int limit) {
        Map<String, LogEntry.Vote> last = new LinkedHashMap<>();
        for (LogEntry entry : entries) {
            if (entry instanceof LogEntry.Vote vote) {
                last.put(QueryLog.key(vote), vote);
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        last.values().forEach(vote -> counts.computeIfAbsent(vote.id(), id -> new int[2])[vote.helpful() ? 1 : 0]++);
        List<Unhelpful> list = new ArrayList<>();
        counts.forEach((id, c) -> {
            if (c[0] > 0) {
                list.add(new Unhelpful(id, questionOf.apply(id).orElse("(no longer in the notes)"), c[0], c[1]));
            }
        });
        list.sort(Comparator.comparingInt(Unhelpful::unhelpful).reversed()
                .thenComparingInt(Unhelpful::helpful).thenComparing(Unhelpful::id));
        return list.stream().limit(limit).toList();
    }

    /** The report as markdown, for the command line. */
    public String markdown() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "# Report for note authors%n%n%d questions asked, %d without an answer.%n%n", questions, unanswered));
        text.append("## Unanswered questions, most frequent first\n\n");
        if (groups.isEmpty()) {
            text.append("None.\n\n");
        }
        for (Group group : groups) {
            text.append(String.format(Locale.ROOT, "- asked %d times: %s%n", group.count(),
                    String.join(" | ", group.variants())));
            text.append("\n```markdown\n").append(group.stub()).append("```\n\n");
        }
        text.append("## Answers marked unhelpful\n\n");
        if (unhelpful.isEmpty()) {
            text.append("None.\n");
        }
        for (Unhelpful answer : unhelpful) {
            text.append(String.format(Locale.ROOT, "- %d 👎, %d 👍: %s (id %s)%n", answer.unhelpful(),
                    answer.helpful(), answer.question(), answer.id()));
        }
        return text.toString();
    }
}
