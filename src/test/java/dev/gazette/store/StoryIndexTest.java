package dev.gazette.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIndexTest {

    @TempDir
    Path dir;

    /** An article whose keys go in with it (as an import stores them). */
    private static NewArticle withKeys(String title, int[] keys) {
        NewArticle a = Articles.article(title).build();
        return new NewArticle(a.content(), a.regions(), a.format(), a.bodyHash(), a.originalName(), null,
                a.resources(), a.tags(), a.sourcePath(), null, null,
                Original.of(a.originalBytes()).compressed(), keys);
    }

    @Test
    void keysGoInWithTheArticleInItsOwnTransaction() {
        try (Library lib = Library.open(dir, Articles::names)) {
            List<Long> ids = lib.addAll(List.of(withKeys("one", new int[] {7, 8}), withKeys("two", new int[0]),
                    Articles.article("three, indexed later").build()));
            // the first two are indexed (the second with no keys), the third waits for the backfill
            assertThat(lib.storyIndex().unindexed(10)).containsExactly(ids.get(2));
            assertThat(lib.storyIndex().candidates(new int[] {8}, -1, 10)).containsExactly(ids.get(0));
        }
    }

    @Test
    void theOriginalHashedAndCompressedOutsideIsStoredAndReadBack() {
        byte[] page = "<html><p>saved once, compressed on a worker</p></html>".repeat(50).getBytes(StandardCharsets.UTF_8);
        Original original = Original.of(page).compressed();
        assertThat(original.hash()).isEqualTo(BlobStore.sha256(page));
        assertThat(original.storedSize()).isLessThan(page.length);
        try (Library lib = Library.open(dir, Articles::names)) {
            NewArticle a = Articles.article("kept").build();
            long id = lib.add(new NewArticle(a.content(), a.regions(), a.format(), a.bodyHash(), a.originalName(), null,
                    a.resources(), a.tags(), a.sourcePath(), null, null, original, null));
            assertThat(lib.original(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(page));
            assertThat(lib.findByOriginal(page)).hasValue(id);
            assertThat(lib.findByOriginal(Original.of(page))).hasValue(id);
        }
    }

    /**
     * The one-query search agrees with reading each bucket on its own: its newest
     * {@link StoryIndex#BUCKET_READ} below the bound, ranked by shared keys, then newest.
     */
    @Test
    void oneQueryFindsWhatReadingEachBucketFinds() {
        Random random = new Random(24);
        try (Library lib = Library.open(dir, Articles::names)) {
            List<NewArticle> batch = new ArrayList<>();
            List<int[]> keysOf = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // few distinct keys, so buckets crowd past BUCKET_READ
                int[] keys = random.ints(1 + random.nextInt(6), 0, 12).distinct().toArray();
                keysOf.add(keys);
                batch.add(withKeys("article " + i, keys));
            }
            List<Long> ids = lib.addAll(batch);
            lib.delete(List.of(ids.get(5), ids.get(150))); // their key rows stay behind and are skipped
            for (int round = 0; round < 40; round++) {
                int[] query = random.ints(1 + random.nextInt(8), 0, 14).distinct().toArray();
                long before = round % 3 == 0 ? Long.MAX_VALUE : ids.get(random.nextInt(ids.size()));
                int limit = 1 + random.nextInt(20);
                Map<Long, Integer> shared = new HashMap<>();
                for (int k : query) {
                    List<Long> bucket = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        long id = ids.get(i);
                        if (id < before && id != ids.get(5) && id != ids.get(150)
                                && Arrays.stream(keysOf.get(i)).anyMatch(x -> x == k)) {
                            bucket.add(id);
                        }
                    }
                    bucket.sort(Comparator.reverseOrder());
                    bucket.stream().limit(StoryIndex.BUCKET_READ).forEach(id -> shared.merge(id, 1, Integer::sum));
                }
                List<Long> expected = shared.entrySet().stream()
                        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.<Long, Integer>comparingByKey().reversed()))
                        .limit(limit).map(Map.Entry::getKey).toList();
                assertThat(lib.storyIndex().candidatesBefore(query, before, limit)).as("round %d", round)
                        .isEqualTo(expected);
                // and the same inside a write transaction, where the statement is compiled once
                long b = before;
                assertThat(lib.inOneTransaction(() -> lib.storyIndex().candidatesBefore(query, b, limit)))
                        .isEqualTo(expected);
            }
        }
    }
}
