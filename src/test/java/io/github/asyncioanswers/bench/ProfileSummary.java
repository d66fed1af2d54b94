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
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            List<String> methods = frames.stream().map(ProfileSummary::name).toList();
            if (!methods.contains(ROOT)) {
                continue;
            }
            total++;
            self.merge(methods.get(0), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            methods.stream().filter(m -> m.startsWith(OURS) && seen.add(m)).forEach(m -> inclusive.merge(m, 1, Integer::sum));
        }
        System.out.println(total + " CPU samples inside Searcher.search");
        print("our methods, inclusive", inclusive, total, 20);
        print("hottest methods, self", self, total, 15);
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
