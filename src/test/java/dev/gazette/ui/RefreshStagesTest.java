package dev.gazette.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshStagesTest {

    @Test
    void aRefreshOvertakenWhileItWaitedDoesNoWork() {
        QueuedExecutor rows = new QueuedExecutor();
        QueuedExecutor counts = new QueuedExecutor();
        List<String> done = new ArrayList<>();
        RefreshStages stages = new RefreshStages(rows, counts, Runnable::run);
        for (String word : List.of("h", "ha", "har")) { // typed while the library thread was busy
            stages.submit(() -> {
                done.add("rows " + word);
                return word;
            }, r -> done.add("shown " + r), () -> {
                done.add("counts " + word);
                return word;
            }, c -> done.add("counted " + c), e -> done.add("failed"));
        }
        rows.runAll();
        counts.runAll();
        assertThat(done).containsExactly("rows har", "shown har", "counts har", "counted har");
    }

    @Test
    void theRowsAreShownBeforeTheCountsAndTheCountsWaitForNothingButTheirRows() {
        QueuedExecutor rows = new QueuedExecutor();
        QueuedExecutor counts = new QueuedExecutor();
        List<String> done = new ArrayList<>();
        RefreshStages stages = new RefreshStages(rows, counts, Runnable::run);
        stages.submit(() -> 1, r -> done.add("shown"), () -> 2, c -> done.add("counted"), e -> { });
        rows.runAll();
        assertThat(done).containsExactly("shown"); // the counts are still on their own thread
        assertThat(counts.tasks).hasSize(1);
        // a newer refresh (Escape after a search) does not wait behind the older counts
        stages.submit(() -> 3, r -> done.add("shown again"), () -> 4, c -> done.add("counted again"), e -> { });
        rows.runAll();
        counts.runAll();
        assertThat(done).containsExactly("shown", "shown again", "counted again");
    }

    @Test
    void withoutAFirstStageOnlyTheCountsRunAndAFailureIsReported() {
        QueuedExecutor rows = new QueuedExecutor();
        List<String> done = new ArrayList<>();
        RefreshStages stages = new RefreshStages(rows, Runnable::run, Runnable::run);
        stages.<Integer, Integer>submit(null, r -> done.add("shown"), () -> {
            throw new IllegalStateException("disk gone");
        }, c -> done.add("counted"), e -> done.add("failed: " + e.getMessage()));
        rows.runAll();
        assertThat(done).containsExactly("failed: disk gone");
    }
}
