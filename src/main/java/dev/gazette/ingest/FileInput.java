package dev.gazette.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One file as read from disk: where it is, its name, its bytes (already gunzipped for .gz pages)
 * and when it was last changed (the fallback for {@code savedAt}).
 */
record FileInput(Path path, String fileName, byte[] bytes, Instant modified) {
}
