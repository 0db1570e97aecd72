package dev.gazette.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The place names Gazette knows, from the resources {@code terms.tsv} (written by hand: aliases,
 * demonyms, metonyms) and {@code places.tsv} (derived from public data: names in many languages,
 * capitals, cities, divisions), organised as a trie over token keys so a text is matched in one
 * pass, longest term first. The build compiles the two texts into {@code gazetteer.bin}
 * ({@link GazetteerCompiler}): flat arrays that load in a few milliseconds; when that file is
 * missing or was made from other texts, the texts are compiled in memory at first use instead.
 * Immutable after loading; safe across threads.
 */
final class Gazetteer {

    /** One meaning of a term. */
    record Entry(String code, TermKind kind, String[] exactTokens, boolean personName, boolean commonWord,
                 boolean qualifierOnly) {
    }

    /** A trie node: the terms that end here and the tokens that may follow. */
    static final class Node {
        private final Gazetteer g;
        private final int id;

        private Node(Gazetteer g, int id) {
            this.g = g;
            this.id = id;
        }

        Node child(String key) {
            int c = g.child(id, key);
            return c == 0 ? null : new Node(g, c);
        }

        List<Entry> entries() {
            return g.entries(id);
        }
    }


    private static final TermKind[] KINDS = TermKind.values();

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    // the compiled form (see GazetteerCompiler.write for the layout)
    private final String text;
    private final int[] parent;
    private final int[] keyOff;
    private final int[] keyLen;
    private final int[] entryStart;
    private final int[] slots;
    private final int[] entryCode;
    private final int[] entryCodeLen;
    private final int[] entryKind;
    private final int[] entryFlags;
    private final int[] exactStart;
    private final int[] exactCount;
    private final int[] surfaceRefs;
    private final int[] nameRefs;
    /** Each node's entries, made when first asked for (immutable lists: a racing second copy is harmless). */
    private final Object[] entryLists;
    private final Node root;
    private final Map<String, String> displayNames; // code -> display name
    private volatile Map<String, String> nameToCode; // folded country name/alias -> code, made when first needed
    private final int termCount;
    private final Map<TermKind, Integer> kindCounts;
    private final java.util.Set<String> codes;

    private Gazetteer(byte[] compiled) {
        ByteBuffer in = ByteBuffer.wrap(compiled);
        if (in.getInt() != GazetteerCompiler.MAGIC) {
            throw new IllegalStateException("not a compiled gazetteer of this version");
        }
        in.getLong(); // checksum of the sources, checked by load()
        int textBytes = in.getInt();
        text = new String(compiled, in.position(), textBytes, StandardCharsets.UTF_8);
        in.position(in.position() + textBytes);
        termCount = in.getInt();
        int[] kinds = ints(in);
        parent = ints(in);
        keyOff = ints(in);
        keyLen = ints(in);
        entryStart = ints(in);
        slots = ints(in);
        entryCode = ints(in);
        entryCodeLen = ints(in);
        entryKind = ints(in);
        entryFlags = ints(in);
        exactStart = ints(in);
        exactCount = ints(in);
        surfaceRefs = ints(in);
        int[] codeRefs = ints(in);
        int[] displayRefs = ints(in);
        nameRefs = ints(in);
        entryLists = new Object[parent.length];
        root = new Node(this, 0);
        Map<TermKind, Integer> kc = new java.util.EnumMap<>(TermKind.class);
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] > 0) {
                kc.put(KINDS[k], kinds[k]);
            }
        }
        kindCounts = Map.copyOf(kc);
        String[] codeList = new String[codeRefs.length / 2];
        for (int i = 0; i < codeList.length; i++) {
            codeList[i] = string(codeRefs, i);
        }
        codes = java.util.Set.of(codeList);
        Map<String, String> display = new HashMap<>();
        for (int i = 0; i < displayRefs.length / 2; i += 2) {
            display.put(string(displayRefs, i), string(displayRefs, i + 1));
        }
        displayNames = Map.copyOf(display);
    }

    private static int[] ints(ByteBuffer in) {
        int[] a = new int[in.getInt()];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * a.length);
        return a;
    }

    private String string(int[] refs, int i) {
        return text.substring(refs[2 * i], refs[2 * i] + refs[2 * i + 1]);
    }

    /** The child of node p by key, or 0 when there is none. */
    private int child(int p, String key) {
        int mask = slots.length - 1;
        int len = key.length();
        for (int s = GazetteerCompiler.slot(p, key.hashCode(), mask); ; s = (s + 1) & mask) {
            int c = slots[s];
            if (c == 0 || parent[c] == p && keyLen[c] == len && text.regionMatches(keyOff[c], key, 0, len)) {
                return c;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Entry> entries(int node) {
        Object cached = entryLists[node];
        if (cached != null) {
            return (List<Entry>) cached;
        }
        int from = entryStart[node];
        int to = entryStart[node + 1];
        List<Entry> list;
        if (from == to) {
            list = List.of();
        } else {
            Entry[] es = new Entry[to - from];
            for (int e = from; e < to; e++) {
                String[] exact = null;
                int flags = entryFlags[e];
                if ((flags & GazetteerCompiler.EXACT) != 0) {
                    exact = new String[exactCount[e]];
                    for (int k = 0; k < exact.length; k++) {
                        exact[k] = string(surfaceRefs, exactStart[e] + k);
                    }
                }
                es[e - from] = new Entry(text.substring(entryCode[e], entryCode[e] + entryCodeLen[e]), KINDS[entryKind[e]],
                        exact, (flags & GazetteerCompiler.PERSON) != 0, (flags & GazetteerCompiler.COMMON) != 0, (flags & GazetteerCompiler.QUALIFIER) != 0);
            }
            list = List.of(es);
        }
        entryLists[node] = list;
        return list;
    }

    /** How many terms of each kind were loaded (for tests and documentation). */
    Map<TermKind, Integer> kindCounts() {
        return kindCounts;
    }

    /** Every country code that some term points to. */
    java.util.Set<String> codes() {
        return codes;
    }

    static Gazetteer standard() {
        return Holder.STANDARD;
    }

    Node root() {
        return root;
    }

    Map<String, String> displayNames() {
        return displayNames;
    }

    /** Code of a folded country name, alias or foreign name, or null. */
    String codeOfName(String folded) {
        Map<String, String> names = nameToCode;
        if (names == null) {
            Map<String, String> m = new HashMap<>(nameRefs.length);
            for (int i = 0; i < nameRefs.length / 2; i += 2) {
                m.put(string(nameRefs, i), string(nameRefs, i + 1));
            }
            names = Map.copyOf(m);
            nameToCode = names;
        }
        return names.get(folded);
    }

    int termCount() {
        return termCount;
    }

    /** The compiled form of these sources (in {@link GazetteerCompiler#RESOURCES} order). */
    static Gazetteer compiled(List<byte[]> sources) {
        return new Gazetteer(GazetteerCompiler.compile(sources));
    }

    private static Gazetteer load() {
        List<byte[]> sources = new ArrayList<>();
        for (String resource : GazetteerCompiler.RESOURCES) {
            sources.add(resource(resource, true));
        }
        byte[] compiled = resource(GazetteerCompiler.OUTPUT, false);
        if (compiled != null && compiled.length >= 12
                && ByteBuffer.wrap(compiled).getInt() == GazetteerCompiler.MAGIC
                && ByteBuffer.wrap(compiled).getLong(4) == GazetteerCompiler.checksum(sources)) {
            return new Gazetteer(compiled);
        }
        return compiled(sources); // not built from these texts (an edit without a build): compile now
    }

    private static byte[] resource(String name, boolean required) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("gazetteer resource missing: " + name);
                }
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
