package dev.gazette.service;

import dev.gazette.similar.Aboutness;
import dev.gazette.similar.Fingerprint;
import dev.gazette.similar.SimilarityRules;
import dev.gazette.store.Library;
import dev.gazette.store.Stories;
import dev.gazette.store.StoryIndex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Finds, at import, the stories new articles belong to (docs/copies.md). Before an article is
 * stored, {@link #duplicate} says whether it is already in the library (the same text, or the
 * same file from the same address); a text from a known address that changed in substance is
 * not a duplicate but an updated version. After a batch is stored, {@link #afterStored} puts
 * each new article into the story of an earlier one with the same address or a confirmed
 * near-identical body (candidates from the bucket index, confirmed by containment), and adds
 * its keys to the index. The first call also indexes articles stored before (older libraries,
 * restores).
 *
 * <p>Detection is on unless the system property {@value #PROPERTY} is {@code false} (the
 * benchmark's "off"). Not safe across threads: one import uses one instance on its writer thread.
 */
public final class StoryGrouping {

    /** System property: {@code false} turns detection off (the library then behaves as before V7). */
    public static final String PROPERTY = "gazette.import.findCopies";
    private static final int BACKFILL_BATCH = 500;

    private final Library library;
    private final Stories stories;
    private final StoryIndex index;
    private boolean backfilled;

    public StoryGrouping(Library library) {
        this.library = library;
        this.stories = library.stories();
        this.index = library.storyIndex();
    }

    public static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
    }

    /**
     * The article already holding this text, if any: the same body hash saved from the same
     * address or with no address (the same text from another address is a copy, stored and
     * grouped); or, from the same address, the same original file or a text that did not change
     * in substance ({@link SimilarityRules#SAME_TEXT}). With detection off, as before V7: the
     * same body hash or the same address.
     */
    public OptionalLong duplicate(String url, String bodyHash, String bodyText, byte[] original) {
        return duplicate(url, bodyHash, () -> Fingerprint.of(bodyText), original == null ? null : sha256(original));
    }

    /**
     * As {@link #duplicate(String, String, String, byte[])} with what a parse worker computed
     * already: the body's fingerprint (made only when a text from the same address must be
     * compared) and the original's hash (null when there is none).
     */
    OptionalLong duplicate(String url, String bodyHash, java.util.function.Supplier<Fingerprint> print,
                           String originalHash) {
        if (!enabled()) {
            return library.findDuplicate(url, bodyHash);
        }
        String address = StoryIndex.canonicalAddress(url);
        for (Map.Entry<Long, String> e : index.sameText(bodyHash).entrySet()) {
            if (address == null || e.getValue() == null || e.getValue().equals(address)) {
                return OptionalLong.of(e.getKey());
            }
        }
        Map<Long, String> sameAddress = index.sameAddress(url);
        if (sameAddress.isEmpty()) {
            return OptionalLong.empty();
        }
        for (Map.Entry<Long, String> e : sameAddress.entrySet()) {
            if (e.getValue().equals(originalHash)) {
                return OptionalLong.of(e.getKey());
            }
        }
        Fingerprint f = print.get();
        for (Map.Entry<Long, String> e : index.bodies(sameAddress.keySet()).entrySet()) {
            if (f.resemblance(e.getValue()) >= SimilarityRules.SAME_TEXT) {
                return OptionalLong.of(e.getKey());
            }
        }
        return OptionalLong.empty();
    }

    /**
     * What makes two articles of one import batch the same text (the second is then a
     * duplicate of the first): the body hash, and with detection on the address too, since
     * the same text from another address is a copy to keep.
     */
    static String sameTextKey(PreparedArticle p) {
        if (!enabled()) {
            return p.bodyHash();
        }
        String url = p.article().url() != null ? p.article().url() : p.document().url();
        String address = StoryIndex.canonicalAddress(url);
        return p.bodyHash() + (address == null ? "" : " " + address);
    }

    /**
     * One article an import has just stored (its keys in the index already, see
     * {@link dev.gazette.store.NewArticle#printKeys()}), with what its parse worker computed: no
     * text is read back to group it.
     */
    record Stored(long id, String url, String bodyHash, Fingerprint print) {
    }

    /**
     * Groups newly stored articles with the stories they continue and indexes them. Returns,
     * for each article that joined a story, the id of that story's row before it joined (the
     * "copy of #12" an import reports). Reads each body back and fingerprints it: an importer
     * passes what it computed to {@link #afterStoredWithKeys} instead.
     */
    public Map<Long, Long> afterStored(List<Long> ids) {
        if (!enabled() || ids.isEmpty()) {
            return Map.of();
        }
        backfill();
        List<Stored> stored = new ArrayList<>();
        index.texts(ids).forEach((id, t) -> stored.add(new Stored(id, t[1], t[2], Fingerprint.of(t[0]))));
        Map<Long, Long> joined = group(stored);
        Map<Long, int[]> keys = new LinkedHashMap<>();
        stored.forEach(a -> keys.put(a.id(), a.print().keys()));
        index.index(keys);
        return joined;
    }

    /**
     * As {@link #afterStored(List)} for articles stored in this transaction with their keys, in
     * the order they were stored (ids rising): one bucket query per article, bodies read back only
     * for candidates stored before. Call it inside the transaction that stored them, so articles,
     * keys and stories are committed together.
     */
    Map<Long, Long> afterStoredWithKeys(List<Stored> stored) {
        if (!enabled() || stored.isEmpty()) {
            return Map.of();
        }
        return group(stored);
    }

    /**
     * Indexes, once, the articles stored without keys (older libraries, restores): an importer
     * calls it before its first batch's transaction, so that transaction stays the batch's own.
     */
    void indexOlder() {
        if (enabled()) {
            backfill();
        }
    }

    private Map<Long, Long> group(List<Stored> stored) {
        Map<Long, Long> joined = new HashMap<>();
        Map<Long, Fingerprint> batch = new LinkedHashMap<>();
        // candidates from the index are the articles stored before this batch; the batch's own
        // earlier articles are compared from memory (their keys may be in the index already)
        long firstOfBatch = stored.stream().mapToLong(Stored::id).min().orElse(Long.MAX_VALUE);
        for (Stored a : stored) {
            long id = a.id();
            Fingerprint f = a.print();
            List<Long> matches = new ArrayList<>();
            long version = version(id, a.url());
            if (version >= 0) {
                matches.add(version);
            }
            index.sameText(a.bodyHash()).keySet().stream().filter(other -> other != id).findFirst().ifPresent(matches::add);
            if (f.groupable()) {
                matches.addAll(rankedCandidates(id, f, firstOfBatch, batch));
            }
            for (long match : matches) { // the best first; a split or a full story refuses
                long row = stories.leadOf(match);
                if (stories.join(id, match) >= 0) {
                    joined.put(id, row);
                    break;
                }
            }
            batch.put(id, f);
        }
        return joined;
    }

    /** An earlier article from the same address: this one is its updated version. */
    private long version(long id, String url) {
        for (long other : index.sameAddress(url).keySet()) {
            if (other != id) {
                return other;
            }
        }
        return -1;
    }

    /** Stored or same-batch articles telling the same story, the most contained first. */
    private List<Long> rankedCandidates(long id, Fingerprint f, long firstOfBatch, Map<Long, Fingerprint> batch) {
        Map<Long, Double> scores = new HashMap<>();
        List<Long> candidates = index.candidatesBefore(f.keys(), Math.min(id, firstOfBatch), SimilarityRules.MAX_CANDIDATES);
        for (Map.Entry<Long, String> e : index.bodies(candidates).entrySet()) {
            if (f.sameStory(e.getValue())) {
                scores.put(e.getKey(), f.containment(e.getValue()));
            }
        }
        for (Map.Entry<Long, Fingerprint> e : batch.entrySet()) {
            if (f.candidateOf(e.getValue()) && f.sameStory(e.getValue())) {
                scores.put(e.getKey(), f.containment(e.getValue()));
            }
        }
        if (!scores.isEmpty()) {
            // one template, two stories: copies agree on their place and on the names in their headlines
            Aboutness mine = aboutness(id);
            scores.keySet().removeIf(other -> !mine.agreesWith(aboutness(other)));
        }
        return scores.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private Aboutness aboutness(long id) {
        return library.article(id).map(a -> Aboutness.of(a.content().title(),
                a.regions() == null ? null : a.regions().primaryCountry())).orElse(Aboutness.of(null, null));
    }

    /** Indexes, once per instance, the articles stored without keys. */
    private void backfill() {
        if (backfilled) {
            return;
        }
        backfilled = true;
        while (true) {
            List<Long> missing = index.unindexed(BACKFILL_BATCH);
            if (missing.isEmpty()) {
                return;
            }
            Map<Long, int[]> keys = new LinkedHashMap<>();
            index.bodies(missing).forEach((id, body) -> keys.put(id, Fingerprint.of(body).keys()));
            missing.forEach(id -> keys.putIfAbsent(id, new int[0]));
            index.index(keys);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
