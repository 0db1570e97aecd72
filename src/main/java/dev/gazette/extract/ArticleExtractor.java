package dev.gazette.extract;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;

/**
 * Turns one decoded document into an article without its page boilerplate.
 * Stateless and safe to share across threads.
 */
public final class ArticleExtractor {

    public ArticleExtractor() {
    }

    /** Never throws for bad content: returns what it could find (fields may be null). */
    public ExtractedArticle extract(SourceDocument document) {
        throw new UnsupportedOperationException("not yet");
    }
}
