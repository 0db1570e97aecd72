package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.service.ExtractionPipeline;
import dev.gazette.service.PreparedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code gazette extract --json} reports for a corpus file, without the command: the same
 * pipeline, the file's first article under the file's key, nothing for a file that fails.
 * Stateless.
 */
final class CommandOutput {

    private CommandOutput() {
    }

    /** The first article of {@code file} as the extract command reads it, or null (missing, unreadable, empty). */
    static PreparedArticle first(ExtractionPipeline pipeline, Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            List<PreparedArticle> all = pipeline.prepare(file);
            return all.isEmpty() ? null : all.get(0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A truth file's ids in the order the Python scorers walk them (sorted). */
    static List<String> ids(JsonNode truth) {
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        ids.sort(Comparator.naturalOrder());
        return ids;
    }
}
