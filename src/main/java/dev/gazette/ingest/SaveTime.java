package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Says whether a document's {@code savedAt} is a save time its container stated (an MHTML
 * {@code Date:} header, SingleFile's "saved date", an export's or front matter's saved time) or
 * only the file's modification time. A file time is not when the page was saved (files are
 * copied, synced and restored), so a relative date ("2 hours ago", "vor 2 Tagen") is never
 * counted from it: such documents carry the hint {@link SourceDocument#HINT_SAVED_FROM} =
 * {@link SourceDocument#SAVED_FROM_FILE_TIME}, and {@link SourceDocument#statedSaveTime()} is
 * null. Stateless and thread-safe.
 */
final class SaveTime {

    private SaveTime() {
    }

    /** {@code hints} as they are when the container stated a save time, else with the file-time mark added. */
    static Map<String, String> hints(Map<String, String> hints, Instant stated) {
        if (stated != null) {
            return hints;
        }
        Map<String, String> out = new HashMap<>(hints);
        out.put(SourceDocument.HINT_SAVED_FROM, SourceDocument.SAVED_FROM_FILE_TIME);
        return out;
    }
}
