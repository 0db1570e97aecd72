package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads a plain-text article in whatever charset it was written. Stateless and thread-safe. */
final class TextReader {

    private TextReader() {
    }

    static SourceDocument read(FileInput in) throws IOException {
        TextDecoder.Decoded decoded = TextDecoder.decode(in.bytes());
        String text = decoded.text();
        if (text.isBlank()) {
            throw new IOException("the file holds no text");
        }
        return new SourceDocument(in.fileName(), SourceFormat.TEXT, text, decoded.charset(), null,
                in.modified(), SaveTime.hints(Map.of(), null), List.of(), List.of());
    }
}
