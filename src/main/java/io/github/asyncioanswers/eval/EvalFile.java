package io.github.asyncioanswers.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads evaluation TSV files: {@code query<TAB>title || title<TAB>lang<TAB>kind}, {@code NONE} for out of scope. */
public final class EvalFile {

    private EvalFile() {
    }

    public static List<EvalCase> read(Path file) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("query\t"))) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 4) {
                throw new IOException(file + ":" + (i + 1) + ": expected 4 tab-separated columns, found " + columns.length);
            }
            List<String> titles = "NONE".equals(columns[1].trim()) ? List.of()
                    : Arrays.stream(columns[1].split("\\|\\|")).map(String::trim).filter(t -> !t.isEmpty()).toList();
            cases.add(new EvalCase(columns[0].trim(), titles, columns[2].trim(), columns[3].trim()));
        }
        return cases;
    }
}
