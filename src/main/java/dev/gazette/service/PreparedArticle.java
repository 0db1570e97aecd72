package dev.gazette.service;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceDocument;

/** One document read, extracted and placed: ready to store or print. Immutable. */
public record PreparedArticle(SourceDocument document, ExtractedArticle article, RegionAssessment regions,
                              String bodyHash) {
}
