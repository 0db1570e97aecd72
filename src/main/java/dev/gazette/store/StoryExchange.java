package dev.gazette.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stories in a library export (docs/storage.md): after {@code "tags"}, {@code "stories"} lists
 * each exported story of several texts as the identities of its members (body hash, a line
 * break, canonical address), and {@code "apart"} the pairs the person split apart, the same way. Not ids,
 * because restore gives articles new ids and skips those the library already has. Older
 * exports have neither field; older readers skip them. One instance serves one export or one
 * restore; not safe across threads.
 */
final class StoryExchange {

    static final String STORIES = "stories";
    static final String APART = "apart";

    private static final ObjectMapper READER = new ObjectMapper();

    private final Set<Long> exported = new LinkedHashSet<>();
    private final List<List<String>> stories = new ArrayList<>();
    private final List<List<String>> apart = new ArrayList<>();

    /** The ids to write, each lead followed by its story's hidden members; remembers them all. */
    List<Long> withHiddenMembers(Rooms rooms, List<Long> ids) {
        List<Long> all = rooms.stories().withHiddenMembers(ids);
        exported.addAll(all);
        return all;
    }

    void write(Rooms rooms, JsonGenerator g) throws IOException {
        Stories s = rooms.stories();
        g.writeArrayFieldStart(STORIES);
        for (List<String> story : s.storiesByHash(exported)) {
            g.writeStartObject();
            g.writeArrayFieldStart("members");
            for (String hash : story) {
                g.writeString(hash);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart(APART);
        for (List<String> pair : s.apartPairs()) {
            g.writeStartArray();
            g.writeString(pair.get(0));
            g.writeString(pair.get(1));
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** Reads the value of a "stories" or "apart" field (the parser is on its first token). */
    void read(String field, JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = READER.readTree(p);
            List<String> hashes = new ArrayList<>();
            JsonNode list = STORIES.equals(field) ? node.path("members") : node;
            for (JsonNode h : list) {
                if (h.isTextual()) {
                    hashes.add(h.asText());
                }
            }
            if (STORIES.equals(field) && hashes.size() > 1) {
                stories.add(hashes);
            } else if (APART.equals(field) && hashes.size() == 2) {
                apart.add(hashes);
            }
        }
    }

    /** Puts what was read back into the library (after its articles were restored). */
    void restore(Rooms rooms) {
        if (!stories.isEmpty() || !apart.isEmpty()) {
            rooms.stories().restore(stories, apart);
        }
    }
}
