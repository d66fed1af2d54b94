package io.github.asyncioanswers.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentTest {

    @Test
    void beyond_its_capacity_the_oldest_keys_are_forgotten_first() {
        Recent<Integer> recent = new Recent<>(3);
        IntStream.range(0, 5).forEach(i -> recent.put("k" + i, i));

        assertThat(recent.get("k0")).isNull();
        assertThat(recent.get("k1")).isNull();
        assertThat(List.of(recent.get("k2"), recent.get("k3"), recent.get("k4"))).containsExactly(2, 3, 4);
    }

    @Test
    void putting_a_key_again_replaces_its_value_and_keeps_its_age() {
        Recent<Integer> recent = new Recent<>(2);
        recent.put("a", 1);
        recent.put("b", 2);
        recent.put("a", 10);
        recent.put("c", 3);

        assertThat(recent.get("a")).isNull();
        assertThat(recent.get("b")).isEqualTo(2);
        assertThat(recent.get("c")).isEqualTo(3);
    }

    @Test
    void puts_from_many_threads_keep_every_recent_key_and_no_more_than_the_capacity() throws Exception {
        Recent<Integer> recent = new Recent<>(1_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> IntStream.range(0, 5_000).forEach(i -> recent.put(thread + ":" + i, i))));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        long held = IntStream.range(0, 8).boxed()
                .flatMap(t -> IntStream.range(0, 5_000).mapToObj(i -> recent.get(t + ":" + i)))
                .filter(value -> value != null).count();
        assertThat(held).isEqualTo(1_000);
    }
}
