package dev.gazette.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImportClockTest {

    @Test
    void offByDefaultItMeasuresNothing() {
        ImportClock clock = ImportClock.fromProperty();
        assertThat(clock.on()).isFalse();
        assertThat(clock.start()).isNull();
        assertThat(clock.stop(ImportClock.Stage.EXTRACT, null)).isNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clock.print(new PrintStream(out), 10, 1_000_000, 2);
        assertThat(out.size()).isZero();
    }

    @Test
    void addsEachStageItsTimeAndPrintsOneLinePerStage() throws Exception {
        ImportClock clock = ImportClock.running();
        ImportClock.Mark mark = clock.start();
        Thread.sleep(20);
        mark = clock.stop(ImportClock.Stage.WAIT, mark);
        long spin = 0;
        for (int i = 0; i < 5_000_000; i++) {
            spin += Long.numberOfTrailingZeros(i ^ spin);
        }
        clock.stop(ImportClock.Stage.EXTRACT, mark);
        assertThat(spin).isNotNegative();
        assertThat(clock.wallNanos(ImportClock.Stage.WAIT)).isGreaterThanOrEqualTo(20_000_000L);
        assertThat(clock.cpuNanos(ImportClock.Stage.WAIT)).isLessThan(clock.wallNanos(ImportClock.Stage.WAIT));
        assertThat(clock.wallNanos(ImportClock.Stage.EXTRACT)).isPositive();
        assertThat(clock.wallNanos(ImportClock.Stage.COMMIT)).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clock.print(new PrintStream(out, true, StandardCharsets.UTF_8), 4, 100_000_000L, 2);
        String table = out.toString(StandardCharsets.UTF_8);
        for (ImportClock.Stage s : ImportClock.Stage.values()) {
            assertThat(table).contains(s.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(table).contains("4 files").contains("writer busy");
    }
}
