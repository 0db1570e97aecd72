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
 * redraws them without losing its selection. Rows can be hidden (articles deleted with an undo
 * still open): the list leaves them out until they are shown again or the list is reset. Not
 * thread-safe: use on the JavaFX thread.
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
    /** Positions in the result (not in this list) of the rows hidden, ascending. */
    private final java.util.TreeSet<Integer> hidden = new java.util.TreeSet<>();
    /** The result's length; the list is shorter by the hidden rows. */
    private int size;
    /** Read by the loader's thread to pass over pages of a result no longer shown. */
    private volatile long generation;

    PagedArticles(BiConsumer<Long, Integer> loader) {
        this.loader = loader;
    }

    /** Starts over for a new result of {@code total} rows whose first page is already known. */
    void reset(long total, List<ArticleSummary> firstPage) {
        int old = size();
        hidden.clear();
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
        if (total != size || !hidden.isEmpty()) {
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
                update(i);
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
                update(i);
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
            update(i);
        }
        endChange();
    }

    /** Announces a row of the result as updated, unless it is hidden. */
    private void update(int position) {
        if (!hidden.contains(position)) {
            nextUpdate(visibleIndex(position));
        }
    }

    /**
     * Leaves these articles out of the list, where their rows are in memory (a row not loaded
     * cannot be found: it stays). Returns the rows hidden now.
     */
    List<ArticleSummary> hide(java.util.Collection<Long> ids) {
        List<ArticleSummary> gone = new java.util.ArrayList<>();
        beginChange();
        for (long id : ids) {
            int position = positionOf(id);
            if (position >= 0 && !hidden.contains(position)) {
                ArticleSummary row = peekPosition(position);
                nextRemove(visibleIndex(position), row);
                hidden.add(position);
                gone.add(row);
            }
        }
        endChange();
        return gone;
    }

    /**
     * Shows a loaded row as read, in place (an article opened in the reader), without asking
     * the store again; false when its row is not in memory (it comes read when its page loads).
     */
    boolean markRead(long id) {
        int position = positionOf(id);
        if (position < 0) {
            return false;
        }
        ArticleSummary a = peekPosition(position);
        if (!a.read()) {
            List<ArticleSummary> page = new java.util.ArrayList<>(pages.get(position / PAGE));
            page.set(position % PAGE, new ArticleSummary(a.id(), a.title(), a.source(), a.site(), a.published(),
                    a.primaryCountry(), a.subRegion(), a.tags(), true, a.starred()));
            pages.put(position / PAGE, List.copyOf(page));
            beginChange();
            update(position);
            endChange();
        }
        return true;
    }

    /** Puts every hidden row back in its place. */
    void showHidden() {
        if (hidden.isEmpty()) {
            return;
        }
        List<Integer> back = List.copyOf(hidden);
        beginChange();
        for (int position : back) {
            hidden.remove(position);
            int at = visibleIndex(position);
            nextAdd(at, at + 1);
        }
        endChange();
    }

    int hiddenCount() {
        return hidden.size();
    }

    /** Index in this list of a result position that is not hidden. */
    private int visibleIndex(int position) {
        return position - hidden.headSet(position).size();
    }

    /** Result position of an index of this list. */
    private int position(int index) {
        int p = index;
        for (int h : hidden) {
            if (h <= p) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    /** The row if its page is in memory, without asking for it. */
    ArticleSummary peek(int index) {
        return peekPosition(position(index));
    }

    private ArticleSummary peekPosition(int position) {
        List<ArticleSummary> rows = pages.get(position / PAGE);
        int at = position % PAGE;
        return rows != null && at < rows.size() ? rows.get(at) : null;
    }

    /** Index in this list of an article among the loaded rows, or -1 (also when hidden). */
    int indexOf(long id) {
        int position = positionOf(id);
        return position < 0 || hidden.contains(position) ? -1 : visibleIndex(position);
    }

    /** Position in the result of an article among the loaded rows, or -1. */
    private int positionOf(long id) {
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

    /**
     * Looks for a row among the loaded rows only, by its article: the table's selection asks
     * where its selected row went after every new result, and the list's own walk would ask the
     * store for every page of the result (500 queries at 100,000 articles) to answer.
     */
    @Override
    public int indexOf(Object o) {
        return o instanceof ArticleSummary a && a.id() >= 0 ? indexOf(a.id()) : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    int loadedPages() {
        return pages.size();
    }

    @Override
    public ArticleSummary get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int position = position(index);
        ArticleSummary row = peekPosition(position);
        if (row != null) {
            return row;
        }
        int page = position / PAGE;
        if (requested.add(page)) {
            loader.accept(generation, page);
        }
        return LOADING;
    }

    @Override
    public int size() {
        return size - hidden.size();
    }
}
