package dev.gazette.service;

import dev.gazette.model.StoryCopy;
import dev.gazette.store.Library;
import dev.gazette.store.Stories;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One story, several copies: what the window and the command line ask about a story's saved
 * texts, and the person's split and merge (docs/copies.md). Thread-safe as the library is.
 */
public final class Copies {

    private final Stories stories;

    Copies(Library library) {
        this.stories = library.stories();
    }

    /**
     * The saved texts of the article's story: the lead (the list's row) first, then the
     * latest text from each other site, then earlier versions. One element for a story of its own.
     */
    public List<StoryCopy> of(long articleId) {
        return stories.copies(articleId);
    }

    /** How many saved texts the story of each given article has (1 for most). */
    public Map<Long, Integer> counts(Collection<Long> articleIds) {
        return stories.counts(articleIds);
    }

    /** The id of the article the list shows for this article's story. */
    public long rowOf(long articleId) {
        return stories.leadOf(articleId);
    }

    /** Takes the article out of its story (a wrong grouping); it is never grouped with them again. */
    public void split(long articleId) {
        stories.split(articleId);
    }

    /** Makes the stories of these articles one; returns the id of its row. */
    public long merge(Collection<Long> articleIds) {
        return stories.merge(articleIds);
    }
}
