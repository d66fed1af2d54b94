package io.github.asyncioanswers.learn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups questions that say the same thing: two questions are alike when the Jaccard similarity of
 * their word stems is at least {@link #ALIKE}. Greedy and deterministic: the most frequent question
 * founds a group, each next one joins the first group it is alike to.
 */
final class QuestionGroups {

    static final double ALIKE = 0.5;
    /** Cutting words to their first letters is a crude stemmer that works for English and Russian alike. */
    private static final int STEM_CHARS = 5;
    private static final Set<String> STOP = Set.of("a", "an", "the", "to", "of", "in", "on", "for", "and", "or",
            "is", "are", "do", "does", "i", "my", "me", "it", "with", "how", "what", "can", "should", "be", "by",
            "как", "что", "в", "на", "и", "с", "по", "ли", "мне", "я", "это", "не");

    /** Questions asked together, the most frequent wording first. */
    record Group(List<String> questions, int count) {
    }

    private QuestionGroups() {
    }

    /** Groups the questions (by wording, with how often each was asked), largest group first. */
    static List<Group> group(Map<String, Integer> asked) {
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(asked.entrySet());
        byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<Set<String>, List<Map.Entry<String, Integer>>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> question : byCount) {
            Set<String> stems = stems(question.getKey());
            Set<String> home = groups.keySet().stream().filter(founder -> jaccard(founder, stems) >= ALIKE)
                    .findFirst().orElse(stems);
            groups.computeIfAbsent(home, k -> new ArrayList<>()).add(question);
        }
        return groups.values().stream()
                .map(members -> new Group(members.stream().map(Map.Entry::getKey).toList(),
                        members.stream().mapToInt(Map.Entry::getValue).sum()))
                .sorted(Comparator.comparingInt(Group::count).reversed()
                        .thenComparing(group -> group.questions().get(0)))
                .toList();
    }

    /** The wording two questions share when they differ only in case, spaces and final punctuation. */
    static String normalize(String question) {
        return Normalizer.normalize(question, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .replaceAll("[?!.\\s]+$", "");
    }

    static Set<String> stems(String question) {
        Set<String> stems = new HashSet<>();
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isEmpty() && !STOP.contains(word)) {
                stems.add(word.length() > STEM_CHARS ? word.substring(0, STEM_CHARS) : word);
            }
        }
        return stems;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
