package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;

import java.io.IOException;
import java.util.List;

/** Placeholder until the format is implemented. */
final class WallabagReader {

    private WallabagReader() {
    }

    static List<SourceDocument> read(FileInput in) throws IOException {
        throw new IOException("not a supported export");
    }
}
