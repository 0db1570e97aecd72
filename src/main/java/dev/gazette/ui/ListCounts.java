package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;
import dev.gazette.service.LibraryService;

import java.util.List;

/**
 * What a refresh's second stage counts beside the list ({@link RefreshStages}): the facets of
 * the shown query, Unread and Starred under its other filters, every tag, the library's size,
 * and the sidebar built from them. Immutable; {@link #count} runs on a worker.
 */
record ListCounts(Facets facets, long unread, long starred, List<TagInfo> tags, long libraryTotal,
                  List<SidebarTree.Node> sidebar) {

    ListCounts {
        tags = List.copyOf(tags);
    }

    /**
     * Counts everything for query q. When only the read state changed since last (an article was
     * opened) and q does not filter on it, only Unread is counted again and the rest is reused,
     * the sidebar's records too (so the tree is not rebuilt for a count).
     */
    static ListCounts count(LibraryService service, ArticleQuery q, ListCounts last) {
        ArticleQuery any = q.withRead(null).withStarred(null);
        long unread = service.count(any.withRead(false));
        if (last != null && q.read() == null) {
            // the same sidebar: the view puts the new Unread count in its row without a rebuild
            return new ListCounts(last.facets, unread, last.starred, last.tags, last.libraryTotal, last.sidebar);
        }
        Facets f = service.facets(q);
        long starred = service.count(any.withStarred(true));
        List<TagInfo> allTags = service.tags();
        long library = service.count(ArticleQuery.ALL);
        return new ListCounts(f, unread, starred, allTags, library,
                SidebarTree.build(f, library, unread, starred, allTags, service.geography()));
    }
}
