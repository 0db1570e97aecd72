package dev.gazette.model;

/** The shape a saved article arrived in. */
public enum SourceFormat {
    HTML, MHTML, TEXT, MARKDOWN, EML, WALLABAG_JSON
}
