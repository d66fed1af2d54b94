package io.github.asyncioanswers.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where search time goes, from a JFR recording of {@link SearchLatency}: of the CPU samples taken
 * inside {@code Searcher.search}, the share under each of our methods (inclusive) and the hottest
 * methods of all (self). Run as {@code ProfileSummary FILE.jfr}.
 */
public final class ProfileSummary {

    private static final String OURS = "io.github.asyncioanswers.";
    private static final String ROOT = OURS + "search.Searcher.search";

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> outside = new HashMap<>();
        int total = 0;
        int all = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            List<String> methods = frames.stream().map(ProfileSummary::name).toList();
            all++;
            if (!methods.contains(ROOT)) {
                outside.merge(methods.isEmpty() ? "?" : methods.get(0), 1, Integer::sum);
                continue;
            }
            total++;
            self.merge(methods.get(0), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            methods.stream().filter(m -> m.startsWith(OURS) && seen.add(m)).forEach(m -> inclusive.merge(m, 1, Integer::sum));
        }
        System.out.printf("%d CPU samples inside Searcher.search, of %d in all threads%n", total, all);
        print("our methods, inclusive", inclusive, total, 20);
        print("hottest methods inside search, self", self, total, 15);
        print("hottest methods outside search, self (share of all samples)", outside, all, 10);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}
