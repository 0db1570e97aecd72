package dev.gazette.model;

/**
 * What happened to one file (or one entry of an export file) during an import.
 *
 * @param file       the path as given, for messages
 * @param status     what happened
 * @param articleId  the article imported, updated or duplicated, or -1
 * @param title      the article's title when known
 * @param message    why (for SKIPPED and FAILED), or a short note
 */
public record ImportOutcome(String file, Status status, long articleId, String title, String message) {
    public enum Status { IMPORTED, DUPLICATE, UPDATED, SKIPPED, FAILED }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
