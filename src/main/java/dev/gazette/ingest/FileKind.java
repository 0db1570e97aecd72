package dev.gazette.ingest;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file Gazette reads, recognised by the end of the file name (case-insensitive).
 * The longest matching ending wins, so {@code page.html.gz} is {@link #HTML_GZ}.
 */
enum FileKind {
    HTML(".html", ".htm", ".xhtml", ".shtml"),
    HTML_GZ(".html.gz", ".htm.gz", ".xhtml.gz"),
    MHTML(".mhtml", ".mht"),
    TEXT(".txt"),
    MARKDOWN(".md", ".markdown"),
    EML(".eml"),
    JSON_EXPORT(".json");

    private final List<String> endings;

    FileKind(String... endings) {
        this.endings = List.of(endings);
    }

    List<String> endings() {
        return endings;
    }

    /** The kind a file name says, or null when Gazette does not read such files. */
    static FileKind of(String fileName) {
        if (fileName == null) {
            return null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        FileKind best = null;
        int bestLength = 0;
        for (FileKind kind : values()) {
            for (String ending : kind.endings) {
                // a name that is only the ending (".txt") is a hidden file, not an article
                if (lower.endsWith(ending) && lower.length() > ending.length() && ending.length() > bestLength) {
                    best = kind;
                    bestLength = ending.length();
                }
            }
        }
        return best;
    }

    /** The file name without the ending that made it this kind ("page.html.gz" gives "page"). */
    static String baseName(String fileName) {
        FileKind kind = of(fileName);
        if (kind == null) {
            return fileName;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        int cut = 0;
        for (String ending : kind.endings) {
            if (lower.endsWith(ending)) {
                cut = Math.max(cut, ending.length());
            }
        }
        return fileName.substring(0, fileName.length() - cut);
    }
}
