package io.github.asyncioanswers.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkdownBlocksTest {

    /** The heading pattern before it was made linear; short lines are its only safe input. */
    private static final Pattern LAZY_HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");

    @Property(tries = 500)
    void headings_are_read_as_the_lazy_pattern_read_them(@ForAll("headingLike") String line) {
        List<MarkdownBlocks.RawBlock> blocks = MarkdownBlocks.split(List.of(line)).blocks();

        Matcher lazy = LAZY_HEADING.matcher(line);
        if (lazy.matches() && !lazy.group(2).isBlank()) {
            assertThat(blocks).singleElement().satisfies(block -> {
                assertThat(block.level()).isEqualTo(lazy.group(1).length());
                assertThat(block.title()).isEqualTo(lazy.group(2).trim());
            });
        } else {
            assertThat(blocks).allSatisfy(block -> assertThat(block.level()).isZero());
        }
    }

    @Property(tries = 50)
    void a_fence_that_is_never_closed_is_reported_once_and_hides_no_heading(@ForAll("fenceCount") int fences) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < fences; i++) {
            lines.add("```python");
            lines.add("## Question " + i);
            lines.add("answer " + i);
        }

        MarkdownBlocks.Split split = MarkdownBlocks.split(lines);

        assertThat(split.unclosedFences()).hasSize(fences);
        assertThat(split.blocks()).filteredOn(block -> block.level() > 0).extracting(MarkdownBlocks.RawBlock::title)
                .containsExactlyElementsOf(IntStream.range(0, fences).mapToObj(i -> "Question " + i).toList());
    }

    @Provide
    Arbitrary<String> headingLike() {
        return Combinators.combine(Arbitraries.of("", "#", "##", " ###", "   #", "    #", "#######"),
                Arbitraries.strings().withChars(" \t#ab\u2028\u000B").ofMaxLength(14)).as(String::concat);
    }

    @Provide
    Arbitrary<Integer> fenceCount() {
        return Arbitraries.integers().between(1, 2000);
    }
}
