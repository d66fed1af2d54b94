package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {

    @Test
    void a_slow_chat_does_not_block_another_and_each_chat_keeps_its_order() throws Exception {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch slowChatMayFinish = new CountDownLatch(1);
        try (ChatQueues queues = new ChatQueues(4)) {
            queues.submit(1, () -> {
                awaitQuietly(slowChatMayFinish);
                done.add("1a");
            });
            queues.submit(1, () -> done.add("1b"));
            queues.submit(2, () -> done.add("2a"));

            await().untilAsserted(() -> assertThat(done).containsExactly("2a"));
            slowChatMayFinish.countDown();
            await().untilAsserted(() -> assertThat(done).containsExactly("2a", "1a", "1b"));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
