package dev.gazette.model;

import java.time.Instant;

/**
 * One stored article: content only (what the file said, what detection found). User state
 * lives in {@link UserState}.
 *
 * @param id            library id
 * @param content       the extracted article
 * @param regions       regions as detected
 * @param format        the format of the original it was first imported from
 * @param originalName  the original file's name
 * @param originalHash  SHA-256 (hex) of the original bytes, the key of the stored copy
 * @param bodyHash      hash of the normalised body, used to find duplicates
 * @param addedAt       when it entered the library
 */
public record Article(long id, ExtractedArticle content, RegionAssessment regions,
                      SourceFormat format, String originalName, String originalHash,
                      String bodyHash, Instant addedAt) {
}
