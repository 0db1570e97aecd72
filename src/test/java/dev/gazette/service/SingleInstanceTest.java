package dev.gazette.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SingleInstanceTest {

    @Test
    void filesAreHandedToTheRunningInstance(@TempDir Path lib) {
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(lib, received::add).orElseThrow()) {
            assertThat(SingleInstance.handOver(lib, List.of(Path.of("/tmp/a story.html"), Path.of("/tmp/b.txt")))).isTrue();
            waitUntil(() -> received.size() == 1);
            assertThat(received.get(0)).containsExactly(Path.of("/tmp/a story.html"), Path.of("/tmp/b.txt"));
        }
    }

    @Test
    void withNoRunningInstanceTheHandOverFails(@TempDir Path lib) {
        assertThat(SingleInstance.handOver(lib, List.of(Path.of("x.html")))).isFalse();
    }

    @Test
    void aStaleInstanceFileDoesNotBlockAndIsRemovedOnClose(@TempDir Path lib) throws Exception {
        SingleInstance.listen(lib, files -> { }).orElseThrow().close();
        assertThat(lib.resolve(SingleInstance.FILE)).doesNotExist();
        Files.writeString(lib.resolve(SingleInstance.FILE), "port=1\ntoken=x\n");
        assertThat(SingleInstance.handOver(lib, List.of())).isFalse();
    }

    @Test
    void aWrongTokenIsIgnored(@TempDir Path lib) throws Exception {
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(lib, received::add).orElseThrow()) {
            String text = Files.readString(lib.resolve(SingleInstance.FILE)).replaceAll("token=\\w+", "token=forged");
            Path other = Files.createDirectories(lib.resolve("other"));
            Files.writeString(other.resolve(SingleInstance.FILE), text);
            assertThat(SingleInstance.handOver(other, List.of(Path.of("/tmp/x.html")))).isFalse();
            Thread.sleep(200);
            assertThat(received).isEmpty();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theLaunchingProcessHearsWhetherTheFilesOpened(@TempDir Path lib) {
        java.util.concurrent.atomic.AtomicBoolean ok = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (SingleInstance running = SingleInstance.listenFor(lib, files ->
                java.util.concurrent.CompletableFuture.completedFuture(ok.get())).orElseThrow()) {
            assertThat(SingleInstance.handOff(lib, List.of(Path.of("/tmp/good.html")))).isEqualTo(SingleInstance.HandOver.OPENED);
            ok.set(false);
            assertThat(SingleInstance.handOff(lib, List.of(Path.of("/tmp/fake.html")))).isEqualTo(SingleInstance.HandOver.NOT_OPENED);
        }
        assertThat(SingleInstance.handOff(lib, List.of(Path.of("/tmp/x.html")))).isEqualTo(SingleInstance.HandOver.NO_WINDOW);
    }
}
