package dev.gazette.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One article as the export document writes it: content, detected regions, the person's
 * corrections, tags, read / starred / notes / added, the files it came from, the hash of its
 * original and its resources. Field names are the JSON names (see docs/storage.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "published", "updated", "author", "source", "site", "language", "url", "description",
    "leadImage", "format", "originalName", "originalHash", "bodyHash", "addedAt", "read", "starred", "notes", "tags",
    "regions", "corrections", "sourceFiles", "resources", "bodyText", "bodyHtml"})
record ArticleRecord(String title, String published, String updated, String author, String source, String site,
                     String language, String url, String description, String leadImage, String format,
                     String originalName, String originalHash, String bodyHash, String addedAt, Boolean read,
                     Boolean starred, String notes, List<String> tags, List<Region> regions, Corrections corrections,
                     List<String> sourceFiles, List<Resource> resources, String bodyText, String bodyHtml) {

    ArticleRecord {
        tags = tags == null ? List.of() : tags;
        regions = regions == null ? List.of() : regions;
        sourceFiles = sourceFiles == null ? List.of() : sourceFiles;
        resources = resources == null ? List.of() : resources;
    }

    /** A detected country. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Region(String code, double score, List<String> evidence, boolean primary, String subRegion,
                  String continent) {
    }

    /** The person's corrections; countries null = detection kept, empty = about no country. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Corrections(List<String> countries, String published) {
    }

    /** An embedded resource stored content-addressed under originals/. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resource(String location, String mediaType, String hash, long size) {
    }
}
