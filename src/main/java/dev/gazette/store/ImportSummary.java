package dev.gazette.store;

import java.util.List;

/**
 * What {@link Library#importJson} did. Immutable.
 *
 * @param imported           articles added
 * @param duplicates         articles skipped because the library already had them (same body hash)
 * @param originalsRestored  stored originals and resources written from a zip export
 * @param problems           entries that could not be read, one sentence each
 */
public record ImportSummary(int imported, int duplicates, int originalsRestored, List<String> problems) {
    public ImportSummary {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
