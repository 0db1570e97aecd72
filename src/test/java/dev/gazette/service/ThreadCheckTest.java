package dev.gazette.service;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard that keeps the disk and Jsoup off the window's thread does guard. */
class ThreadCheckTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            up.complete(null);
        }
        up.get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void forget() {
        ThreadCheck.clear();
    }

    private static <T> CompletableFuture<T> onFx(java.util.concurrent.Callable<T> c) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    @Test
    void aQueryOrAMarkingOnTheJavaFxThreadFailsAndIsRecorded() throws Exception {
        boolean was = ThreadCheck.enable(true);
        try (LibraryService service = LibraryService.open(dir.resolve("lib"))) {
            assertThat(service.count(dev.gazette.model.ArticleQuery.ALL)).isZero(); // this thread: fine
            var failed = onFx(() -> service.count(dev.gazette.model.ArticleQuery.ALL))
                    .handle((r, e) -> e).get(30, TimeUnit.SECONDS);
            assertThat(failed).isInstanceOf(IllegalStateException.class);
            var marked = onFx(() -> service.annotations().highlightCount()).handle((r, e) -> e).get(30, TimeUnit.SECONDS);
            assertThat(marked).isNotNull();
            assertThat(ThreadCheck.violations()).containsExactly("LibraryService.count", "Annotations.highlightCount");
        } finally {
            ThreadCheck.enable(was);
        }
    }

    @Test
    void offItChecksNothing() throws Exception {
        boolean was = ThreadCheck.enable(false);
        try (LibraryService service = LibraryService.open(dir.resolve("off"))) {
            assertThat(onFx(() -> service.count(dev.gazette.model.ArticleQuery.ALL)).get(30, TimeUnit.SECONDS)).isZero();
            assertThat(ThreadCheck.violations()).isEmpty();
        } finally {
            ThreadCheck.enable(was);
        }
    }
}
