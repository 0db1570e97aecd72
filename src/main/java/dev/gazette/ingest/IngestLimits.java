package dev.gazette.ingest;

/**
 * Every size bound of the ingest layer in one place. Files and archives are read only up to these
 * bounds, so a hostile or broken file cannot exhaust memory or hang the importer.
 */
final class IngestLimits {

    /** Largest file read at all (bytes); larger files are refused with a message. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Largest decompressed size of a .gz page (bytes). */
    static final long MAX_GUNZIPPED_BYTES = 64L * 1024 * 1024;

    /** Decoded content is cut at this many chars. */
    static final int MAX_CONTENT_CHARS = 32 * 1024 * 1024;

    /** Total size of the images loaded with one page (NAME_files folder, MHTML, EML parts). */
    static final long MAX_RESOURCE_TOTAL_BYTES = 20L * 1024 * 1024;

    /** Largest single embedded image kept. */
    static final long MAX_RESOURCE_BYTES = 10L * 1024 * 1024;

    /** Most embedded images kept per page. */
    static final int MAX_RESOURCE_COUNT = 500;

    /** How far into an HTML file a charset declaration is looked for (bytes). */
    static final int CHARSET_PRESCAN_BYTES = 8 * 1024;

    /** How far into a page container comments (SingleFile, "saved from url") are looked for (chars). */
    static final int HEADER_COMMENT_SCAN_CHARS = 64 * 1024;

    /** Bytes fed to the charset detector at most. */
    static final int DETECTOR_SAMPLE_BYTES = 2 * 1024 * 1024;

    /** Bytes looked at to tell binary from text, and UTF-16 without BOM from 8-bit text. */
    static final int BINARY_SNIFF_BYTES = 8 * 1024;

    /** Folder depth the file collector descends at most. */
    static final int MAX_FOLDER_DEPTH = 64;

    private IngestLimits() {
    }
}
