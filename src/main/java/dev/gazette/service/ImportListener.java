package dev.gazette.service;

import dev.gazette.model.ImportOutcome;

/**
 * Hears about a running import. Called on the importing thread: a UI must hand the calls to its
 * own thread.
 */
public interface ImportListener {
    ImportListener NONE = new ImportListener() { };

    default void started(int totalFiles) {
    }

    default void progress(ImportProgress progress) {
    }

    default void outcome(ImportOutcome outcome) {
    }
}
