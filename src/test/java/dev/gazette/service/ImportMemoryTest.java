package dev.gazette.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportMemoryTest {

    private static final long MB = 1024 * 1024;

    @Test
    void twoLargeFilesNeverReadAtOnceButSmallOnesFitBeside() {
        ImportMemory memory = new ImportMemory(512 * MB);
        long large = memory.estimate(17 * MB, false);
        long small = memory.estimate(200 * 1024, false);
        assertThat(memory.tryAcquire(large)).isTrue();
        assertThat(memory.tryAcquire(large)).as("a second 17 MB page waits for the first").isFalse();
        assertThat(memory.tryAcquire(small)).as("a small page still reads beside it").isTrue();
        memory.release(large);
        assertThat(memory.tryAcquire(large)).isTrue();
    }

    @Test
    void aFileTooLargeForTheBudgetIsStillTakenAloneAndReadCut() {
        ImportMemory memory = new ImportMemory(256 * MB);
        long huge = memory.estimate(60 * MB, false);
        assertThat(huge).isEqualTo(memory.capacity());
        assertThat((long) memory.maxChars()).isLessThan(60 * MB);
        assertThat(memory.tryAcquire(memory.estimate(1 * MB, false))).isTrue();
        assertThat(memory.tryAcquire(huge)).isFalse();
        memory.release(memory.estimate(1 * MB, false));
        assertThat(memory.tryAcquire(huge)).as("nothing else in flight").isTrue();
        assertThat(memory.used()).isEqualTo(memory.capacity());
    }

    @Test
    void aCompressedPageCountsWhatItWillExpandTo() {
        ImportMemory memory = new ImportMemory(1024 * MB);
        assertThat(memory.estimate(2 * MB, true)).isGreaterThan(memory.estimate(2 * MB, false) * 3);
    }
}
