package io.github.asyncioanswers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFileTest {

    @TempDir
    Path dir;

    @Test
    void titles_are_split_on_double_bars_and_none_means_out_of_scope() throws IOException {
        Path file = dir.resolve("set.tsv");
        Files.writeString(file, "query\texpected_titles\tlang\tkind\n"
                + "how to x\tHow to x? || What is x?\ten\tparaphrase\n"
                + "pizza\tNONE\ten\tout-of-scope\n");

        List<EvalCase> cases = EvalFile.read(file);

        assertThat(cases).containsExactly(
                new EvalCase("how to x", List.of("How to x?", "What is x?"), "en", "paraphrase"),
                new EvalCase("pizza", List.of(), "en", "out-of-scope"));
        assertThat(cases.get(1).outOfScope()).isTrue();
    }

    @Test
    void a_line_with_missing_columns_names_the_file_and_line() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "query\texpected_titles\tlang\tkind\nonly a query\n");

        assertThat(catchThrowable(() -> EvalFile.read(file)))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ":2: expected 4 tab-separated columns, found 1");
    }
}
