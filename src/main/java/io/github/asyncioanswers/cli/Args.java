package io.github.asyncioanswers.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line words split into the command, its flags ({@code --name value} or {@code --name=value}) and the rest. */
record Args(String command, Map<String, String> flags, List<String> positional) {

    Args {
        flags = Map.copyOf(flags);
        positional = List.copyOf(positional);
    }

    /** Flags that take no value. */
    private static final List<String> SWITCHES = List.of("--help", "-h", "--version");

    static Args parse(String[] words) {
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        String command = null;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (SWITCHES.contains(word)) {
                flags.put(word, "true");
            } else if (word.startsWith("--") && word.contains("=")) {
                flags.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else if (word.startsWith("--")) {
                if (i + 1 >= words.length) {
                    throw new IllegalArgumentException("flag " + word + " needs a value");
                }
                flags.put(word, words[++i]);
            } else if (command == null) {
                command = word;
            } else {
                positional.add(word);
            }
        }
        return new Args(command == null ? "" : command, flags, positional);
    }
}
