package dev.gazette.store;

import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;
import dev.gazette.model.UserState;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Gazette library: a folder with the SQLite database and the stored originals.
 * Safe across threads: writes are serialised through one writer.
 */
public final class Library implements AutoCloseable {

    /** Opens (creating and migrating as needed) the library in this folder. */
    public static Library open(Path directory) {
        throw new StoreException("not yet");
    }

    /** Opens with a namer giving {subRegion, continent} for a country code. */
    public static Library open(Path directory, java.util.function.Function<String, String[]> regionNamer) {
        throw new StoreException("not yet");
    }

    public Path directory() {
        throw new UnsupportedOperationException();
    }

    /** The article with this canonical URL or this body hash, if any. */
    public OptionalLong findDuplicate(String url, String bodyHash) {
        throw new UnsupportedOperationException();
    }

    /** Adds one article with its original, tags and regions in one transaction; returns its id. */
    public long add(NewArticle article) {
        throw new UnsupportedOperationException();
    }

    /** Remembers another file this article was imported from. */
    public void addSourceFile(long articleId, String path) {
        throw new UnsupportedOperationException();
    }

    public Optional<Article> article(long id) {
        throw new UnsupportedOperationException();
    }

    public Optional<UserState> state(long id) {
        throw new UnsupportedOperationException();
    }

    /** One page of the articles matching the query, in its sort order. */
    public List<ArticleSummary> list(ArticleQuery query, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    public long count(ArticleQuery query) {
        throw new UnsupportedOperationException();
    }

    public Facets facets(ArticleQuery query) {
        throw new UnsupportedOperationException();
    }

    /** Adds and removes tags on many articles in one transaction. */
    public void tag(Collection<Long> ids, Collection<String> add, Collection<String> remove) {
        throw new UnsupportedOperationException();
    }

    public List<TagInfo> tags() {
        throw new UnsupportedOperationException();
    }

    public void renameTag(String from, String to) {
        throw new UnsupportedOperationException();
    }

    public void mergeTags(Collection<String> from, String into) {
        throw new UnsupportedOperationException();
    }

    public void deleteTag(String name) {
        throw new UnsupportedOperationException();
    }

    public void setTagColour(String name, String colour) {
        throw new UnsupportedOperationException();
    }

    public void setRead(Collection<Long> ids, boolean read) {
        throw new UnsupportedOperationException();
    }

    public void setStarred(Collection<Long> ids, boolean starred) {
        throw new UnsupportedOperationException();
    }

    public void setNotes(long id, String notes) {
        throw new UnsupportedOperationException();
    }

    /** The person's own country list; null clears the correction (detection shows again). */
    public void correctRegions(long id, List<String> countryCodes) {
        throw new UnsupportedOperationException();
    }

    /** The person's own published date (ISO); null clears the correction. */
    public void correctPublished(long id, String isoDate) {
        throw new UnsupportedOperationException();
    }

    public void delete(Collection<Long> ids) {
        throw new UnsupportedOperationException();
    }

    /** The original file's bytes as imported. */
    public Optional<byte[]> original(long id) {
        throw new UnsupportedOperationException();
    }

    public List<EmbeddedResource> resources(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
