package dev.gazette.cli;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorWordsTest {

    @Test
    void aFileSystemFailureNamesTheFileAndTheReasonInWords() {
        assertThat(ErrorWords.of(new NoSuchFileException("some-dir/x.zip"))).isEqualTo("some-dir/x.zip: no such file or folder");
        assertThat(ErrorWords.of(new UncheckedIOException(new AccessDeniedException("/root/x"))))
                .isEqualTo("/root/x: permission denied");
        assertThat(ErrorWords.of(new IllegalStateException("bad\u001b[2J"))).isEqualTo("bad\\e[2J");
        assertThat(ErrorWords.of(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }
}
