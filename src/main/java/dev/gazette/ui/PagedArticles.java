package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import javafx.collections.ObservableListBase;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The article list as the table sees it: as long as the query's result, but holding only the
 * pages that were looked at (a bounded cache). A row not yet loaded reads as {@link #LOADING}
 * and asks for its page; when the page arrives the rows are announced as updated, so the table
 * redraws them without losing its selection. Not thread-safe: use on the JavaFX thread.
 */
final class PagedArticles extends ObservableListBase<ArticleSummary> {

    /** The row shown while its page is on its way. */
    static final ArticleSummary LOADING = new ArticleSummary(-1, "", null, null, null, null, null, List.of(), true, false);

    /** Rows per page fetched from the store. */
    static final int PAGE = 200;
    /** Pages kept in memory; the least recently used page is dropped beyond this. */
    static final int CACHED_PAGES = 24;

    /** Asked for a page: (generation, page number). Must answer with {@link #pageLoaded}. */
    private final BiConsumer<Long, Integer> loader;
    private final Map<Integer, List<ArticleSummary>> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleSummary>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private int size;
    private long generation;

    PagedArticles(BiConsumer<Long, Integer> loader) {
        this.loader = loader;
    }

    /** Starts over for a new result of {@code total} rows whose first page is already known. */
    void reset(long total, List<ArticleSummary> firstPage) {
        int old = size;
        generation++;
        pages.clear();
        requested.clear();
        size = (int) Math.min(Integer.MAX_VALUE, total);
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, LOADING));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /**
     * Fetches fresh copies of the rows in memory after a change, keeping the list's length: the
     * old rows stay on screen until their fresh page arrives, so nothing flickers.
     */
    void refreshLoaded(long total, List<ArticleSummary> firstPage) {
        if (total != size) {
            reset(total, firstPage);
            return;
        }
        generation++;
        requested.clear();
        List<Integer> stale = List.copyOf(pages.keySet());
        beginChange();
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
            for (int i = 0; i < Math.min(size, firstPage.size()); i++) {
                nextUpdate(i);
            }
        }
        endChange();
        for (int page : stale) {
            if (page != 0 || firstPage.isEmpty()) {
                requested.add(page);
                loader.accept(generation, page);
            }
        }
    }

    /** Announces the rows in memory as changed (their look depends on state outside them). */
    void redraw() {
        beginChange();
        for (Map.Entry<Integer, List<ArticleSummary>> e : pages.entrySet()) {
            int from = e.getKey() * PAGE;
            for (int i = from; i < Math.min(size, from + e.getValue().size()); i++) {
                nextUpdate(i);
            }
        }
        endChange();
    }

    long generation() {
        return generation;
    }

    /** Delivers a page asked for by the loader; ignored when the list was reset since. */
    void pageLoaded(long forGeneration, int page, List<ArticleSummary> rows) {
        if (forGeneration != generation) {
            return;
        }
        requested.remove(page);
        pages.put(page, List.copyOf(rows));
        int from = page * PAGE;
        int to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    /** The row if its page is in memory, without asking for it. */
    ArticleSummary peek(int index) {
        List<ArticleSummary> rows = pages.get(index / PAGE);
        int at = index % PAGE;
        return rows != null && at < rows.size() ? rows.get(at) : null;
    }

    /** Position of an article among the loaded rows, or -1. */
    int indexOf(long id) {
        for (Map.Entry<Integer, List<ArticleSummary>> e : pages.entrySet()) {
            List<ArticleSummary> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == id) {
                    return e.getKey() * PAGE + i;
                }
            }
        }
        return -1;
    }

    int loadedPages() {
        return pages.size();
    }

    @Override
    public ArticleSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        ArticleSummary row = peek(index);
        if (row != null) {
            return row;
        }
        int page = index / PAGE;
        if (requested.add(page)) {
            loader.accept(generation, page);
        }
        return LOADING;
    }

    @Override
    public int size() {
        return size;
    }
}
