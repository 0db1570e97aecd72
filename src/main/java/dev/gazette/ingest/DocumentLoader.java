package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads saved article files of every supported format and decodes them to
 * {@link SourceDocument}s. Stateless and safe across threads.
 */
public final class DocumentLoader {

    /** True when the file's name says it is a format Gazette reads. */
    public boolean isSupported(Path file) {
        return false;
    }

    /**
     * Reads one file. Most files give one document; an export file (wallabag JSON) gives one per
     * entry.
     *
     * @throws IOException with a message fit for a person when the file cannot be read or is not
     *                     an article
     */
    public List<SourceDocument> load(Path file) throws IOException {
        throw new IOException("not yet");
    }

    /** The name a file is known by in {@code extract --json}: its name without extensions. */
    public static String articleKey(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
