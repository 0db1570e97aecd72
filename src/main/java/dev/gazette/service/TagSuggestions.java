package dev.gazette.service;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.ArticleText;
import dev.gazette.model.TagSuggestion;
import dev.gazette.store.Library;
import dev.gazette.suggest.SuggestSettings;
import dev.gazette.suggest.TagLearner;
import dev.gazette.suggest.TagModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tags suggested from the reader's own tagging (see {@code suggest/} and docs/tags.md): learns
 * from the library on its own thread, offers tags for an article, takes a suggestion or
 * remembers its refusal.
 *
 * <p>Learning starts when this is made. After a change to the tagging ({@link #tagsChanged()}),
 * the tags whose examples changed are learned again at once (well under a second), and the
 * whole model again a few seconds after the last change, when the library has settled; after
 * an import the words are learned again too. Suggestions read the latest model; they never wait
 * for learning except the very first, when asked to ({@link #suggest(long, int)}).
 *
 * <p>Safe across threads. Calls that read the library must not run on the JavaFX thread.
 */
public final class TagSuggestions implements AutoCloseable {

    /** At most this many tags are offered for an article in the window. */
    public static final int WINDOW_OFFERS = 3;
    /** The whole model is learned again this long after the last change. */
    private static final long SETTLE_MS = 4_000;

    private final Library library;
    private final SuggestSettings settings;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gazette-tag-learning");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final CompletableFuture<Void> firstModel = new CompletableFuture<>();
    private volatile TagModel model = TagModel.EMPTY;
    /** Only on the learning thread. */
    private TagLearner learner;
    private ScheduledFuture<?> settle;
    private volatile long learnedAt;

    TagSuggestions(Library library, SuggestSettings settings) {
        this.library = library;
        this.settings = settings;
        thread.execute(() -> {
            try {
                learnEverything();
                firstModel.complete(null);
            } catch (RuntimeException | Error e) {
                firstModel.completeExceptionally(e);
            }
        });
    }

    /** True once the first model is learned (before that, {@link #offered} offers nothing). */
    public boolean ready() {
        return firstModel.isDone();
    }

    /** Waits until the first model is learned and every change so far is learned. */
    public void awaitLearning() {
        waitFirst();
        try {
            thread.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The tags the current model can offer (each has enough examples), by name. */
    public List<String> learnedTags() {
        return model.tags();
    }

    /** The current model (immutable); {@link TagModel#EMPTY} before the first is learned. */
    public TagModel model() {
        return model;
    }

    /**
     * The tags to offer for this article, best first, at most max, never one it has or one the
     * person refused for it; waits for the first model when none is learned yet.
     */
    public List<TagSuggestion> suggest(long id, int max) {
        ThreadCheck.offUiThread("TagSuggestions.suggest");
        waitFirst();
        return offered(id, max);
    }

    /** As {@link #suggest}, but offers nothing rather than wait for the first model. */
    public List<TagSuggestion> offered(long id, int max) {
        ThreadCheck.offUiThread("TagSuggestions.offered");
        TagModel m = model;
        if (m.tags().isEmpty()) {
            return List.of();
        }
        List<ArticleText> text = new ArrayList<>(1);
        library.forEachArticleText(List.of(id), TagLearner.BODY_CHARS, text::add);
        if (text.isEmpty()) {
            return List.of();
        }
        return m.suggest(text.get(0), excluded(text.get(0)), max);
    }

    /** An article listed with the tags offered for it. */
    public record Suggested(ArticleSummary article, List<TagSuggestion> tags) {
        public Suggested {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Suggestions for the articles the query matches (only untagged ones when untaggedOnly), in
     * the query's order, at most limit articles with something to offer, each at most maxEach
     * tags; waits for the first model.
     */
    public Map<Long, List<TagSuggestion>> suggestAll(ArticleQuery query, boolean untaggedOnly, int limit, int maxEach) {
        Map<Long, List<TagSuggestion>> out = new LinkedHashMap<>();
        for (Suggested s : suggested(query, untaggedOnly, limit, maxEach)) {
            out.put(s.article().id(), s.tags());
        }
        return out;
    }

    /** As {@link #suggestAll}, each article with its list row (title, date, source) for a screen. */
    public List<Suggested> suggested(ArticleQuery query, boolean untaggedOnly, int limit, int maxEach) {
        ThreadCheck.offUiThread("TagSuggestions.suggested");
        waitFirst();
        TagModel m = model;
        List<Suggested> out = new ArrayList<>();
        if (m.tags().isEmpty()) {
            return out;
        }
        int page = 500;
        for (int offset = 0; out.size() < limit; offset += page) {
            List<ArticleSummary> rows = library.list(query, offset, page);
            List<ArticleSummary> asked = rows.stream().filter(r -> !untaggedOnly || r.tags().isEmpty()).toList();
            Map<Long, List<TagSuggestion>> found = new java.util.HashMap<>();
            if (!asked.isEmpty()) {
                library.forEachArticleText(asked.stream().map(ArticleSummary::id).toList(), TagLearner.BODY_CHARS, a -> {
                    List<TagSuggestion> s = m.suggest(a, excluded(a), maxEach);
                    if (!s.isEmpty()) {
                        found.put(a.id(), s);
                    }
                });
            }
            for (ArticleSummary r : asked) { // the query's order, not the store's id order
                if (found.containsKey(r.id()) && out.size() < limit) {
                    out.add(new Suggested(r, found.get(r.id())));
                }
            }
            if (rows.size() < page) {
                break;
            }
        }
        return out;
    }

    /** Hands every article's words and tags, as the suggester learns from them, to sink (benchmarks). */
    public void forEachArticleText(java.util.function.Consumer<ArticleText> sink) {
        ThreadCheck.offUiThread("TagSuggestions.forEachArticleText");
        library.forEachArticleText(null, TagLearner.BODY_CHARS, sink);
    }

    private List<String> excluded(ArticleText a) {
        List<String> out = new ArrayList<>(a.tags());
        out.addAll(library.refusedSuggestions(a.id()));
        return out;
    }

    /** Remembers that the person does not want this tag on this article: it is not offered again. */
    public void refuse(long id, String tag) {
        ThreadCheck.offUiThread("TagSuggestions.refuse");
        library.refuseSuggestion(id, tag);
    }

    /** When the model was last changed (epoch ms): tests and the window see learning land. */
    public long learnedAt() {
        return learnedAt;
    }

    /** The tagging changed (a tag added, removed, renamed, merged, deleted, articles deleted). */
    void tagsChanged() {
        thread.execute(this::learnChanges);
        settleLater();
    }

    /** Articles came in: their words join what is learned once the library has settled. */
    void articlesAdded() {
        thread.execute(() -> {
            if (learner != null) {
                learnChanges();
            }
        });
        thread.execute(() -> {
            if (settle != null) {
                settle.cancel(false);
            }
            settle = thread.schedule(this::learnEverything, SETTLE_MS, TimeUnit.MILLISECONDS);
        });
    }

    private void settleLater() {
        thread.execute(() -> {
            if (settle != null) {
                settle.cancel(false);
            }
            settle = thread.schedule(this::relearnAll, SETTLE_MS, TimeUnit.MILLISECONDS);
        });
    }

    private void learnEverything() {
        learner = TagLearner.of(sink -> library.forEachArticleText(null, TagLearner.BODY_CHARS, sink), settings);
        publish(learner.learn());
    }

    private void relearnAll() {
        if (learner != null) {
            publish(learner.learn());
        }
    }

    private void learnChanges() {
        if (learner == null) {
            return;
        }
        Map<Long, List<String>> tags = library.articleTags();
        Set<Long> unknown = learner.unknown(tags.keySet());
        if (!unknown.isEmpty()) {
            library.forEachArticleText(unknown, TagLearner.BODY_CHARS, learner::put);
        }
        Set<String> changed = learner.retag(tags);
        if (!changed.isEmpty()) {
            publish(learner.relearn(model, changed));
        }
    }

    private void publish(TagModel m) {
        model = m;
        learnedAt = System.currentTimeMillis();
    }

    private void waitFirst() {
        try {
            firstModel.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not learn tag suggestions: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops learning (the library is closing). */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: the whole model learned again now, on the learning thread, waited for. */
    void relearnNow() {
        try {
            thread.submit(this::relearnAll).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
