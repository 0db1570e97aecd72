package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;

import java.io.IOException;

/** Placeholder until the format is implemented. */
final class EmlReader {

    private EmlReader() {
    }

    static SourceDocument read(FileInput in) throws IOException {
        throw new IOException("this format is not read yet");
    }
}
