package dev.gazette.service;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceDocument;

/**
 * One document read, extracted and placed: ready to store or print. Immutable.
 *
 * @param note what the person should know about how it was read (e.g. only the first part of an
 *             oversized page), or null
 */
public record PreparedArticle(SourceDocument document, ExtractedArticle article, RegionAssessment regions,
                              String bodyHash, String note) {

    public PreparedArticle(SourceDocument document, ExtractedArticle article, RegionAssessment regions,
                           String bodyHash) {
        this(document, article, regions, bodyHash, null);
    }
}
