package dev.gazette.store;

import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceFormat;

import java.util.List;

/**
 * Everything the store needs to add one article in one transaction. Immutable apart from the
 * byte arrays it carries, which the store only reads.
 *
 * @param bodyHash       hash of the normalised body text (duplicate detection)
 * @param originalName   the original file's name
 * @param originalBytes  the original file's bytes, stored content-addressed and compressed, or null
 *                       to store no original (synthetic articles)
 * @param sourcePath     where the file was imported from (remembered, one of possibly many)
 * @param read           initial read state (from an export), or null for unread
 * @param starred        initial starred state, or null for not starred
 * @param original       the original already hashed and compressed (an importer's parse workers do
 *                       it, so the writer only writes the file), stored instead of originalBytes;
 *                       or null
 * @param printKeys      the body's near-duplicate bucket keys, stored in the article's own
 *                       transaction (see {@link StoryIndex}); or null to leave it to be indexed later
 */
public record NewArticle(ExtractedArticle content, RegionAssessment regions, SourceFormat format,
                         String bodyHash, String originalName, byte[] originalBytes,
                         List<EmbeddedResource> resources, List<String> tags, String sourcePath,
                         Boolean read, Boolean starred, Original original, int[] printKeys) {
    public NewArticle {
        resources = resources == null ? List.of() : List.copyOf(resources);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An article whose original (if any) is hashed and compressed by the store, and indexed later. */
    public NewArticle(ExtractedArticle content, RegionAssessment regions, SourceFormat format,
                      String bodyHash, String originalName, byte[] originalBytes,
                      List<EmbeddedResource> resources, List<String> tags, String sourcePath,
                      Boolean read, Boolean starred) {
        this(content, regions, format, bodyHash, originalName, originalBytes, resources, tags, sourcePath,
                read, starred, null, null);
    }
}
