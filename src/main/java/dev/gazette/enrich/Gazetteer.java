package dev.gazette.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The place names Gazette knows, loaded once from the resources {@code terms.tsv} (written by
 * hand: aliases, demonyms, metonyms) and {@code places.tsv} (derived from public data: names in
 * many languages, capitals, cities, divisions), and organised as a trie over token keys so a
 * text is matched in one pass, longest term first. Immutable after loading; safe across threads.
 */
final class Gazetteer {

    /** One meaning of a term. */
    record Entry(String code, TermKind kind, String[] exactTokens, boolean personName, boolean commonWord,
                 boolean qualifierOnly) {
    }

    /** A trie node: the terms that end here and the tokens that may follow. */
    static final class Node {
        private Map<String, Node> next;
        private List<Entry> entries;

        Node child(String key) {
            return next == null ? null : next.get(key);
        }

        List<Entry> entries() {
            return entries == null ? List.of() : entries;
        }

        private Node childOrNew(String key) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(key, k -> new Node());
        }

        private void freeze() {
            if (entries != null) {
                entries = List.copyOf(entries);
            }
            if (next != null) {
                next.values().forEach(Node::freeze);
                next = Map.copyOf(next);
            }
        }
    }

    private static final String[] RESOURCES = {"terms.tsv", "places.tsv"};

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    private final Node root;
    private final Map<String, String> displayNames; // code -> display name
    private final Map<String, String> nameToCode;   // folded country name/alias -> code
    private final int termCount;
    private final Map<TermKind, Integer> kindCounts;
    private final java.util.Set<String> codes;

    private Gazetteer(Node root, Map<String, String> displayNames, Map<String, String> nameToCode, int termCount,
                      Map<TermKind, Integer> kindCounts, java.util.Set<String> codes) {
        this.root = root;
        this.displayNames = displayNames;
        this.nameToCode = nameToCode;
        this.termCount = termCount;
        this.kindCounts = kindCounts;
        this.codes = codes;
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
        return nameToCode.get(folded);
    }

    int termCount() {
        return termCount;
    }

    private static Gazetteer load() {
        Node root = new Node();
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        int count = 0;
        Map<TermKind, Integer> kinds = new java.util.EnumMap<>(TermKind.class);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (String resource : RESOURCES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource missing: " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f.length < 3) {
                        throw new IllegalStateException(resource + ": bad line: " + line);
                    }
                    String code = f[0];
                    if (f[1].equals("display")) {
                        display.putIfAbsent(code, f[2]);
                        names.putIfAbsent(Tokens.fold(f[2]), code);
                        continue;
                    }
                    TermKind kind = TermKind.parse(f[1]);
                    for (String raw : f[2].split("\\|")) {
                        if (raw.isEmpty()) {
                            continue;
                        }
                        add(root, code, kind, raw);
                        count++;
                        kinds.merge(kind, 1, Integer::sum);
                        if (kind != TermKind.BLOCK) {
                            codes.add(code);
                        }
                        if (kind == TermKind.NAME || kind == TermKind.FOREIGN) {
                            names.putIfAbsent(Tokens.fold(stripFlags(raw)), code);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        root.freeze();
        return new Gazetteer(root, Map.copyOf(display), Map.copyOf(names), count, Map.copyOf(kinds),
                java.util.Set.copyOf(codes));
    }

    private static String stripFlags(String raw) {
        int i = 0;
        while (i < raw.length() && "=~^,".indexOf(raw.charAt(i)) >= 0) {
            i++;
        }
        return raw.substring(i);
    }

    private static void add(Node root, String code, TermKind kind, String raw) {
        boolean exact = false;
        boolean person = false;
        boolean common = false;
        boolean qualifier = false;
        int i = 0;
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '=') {
                exact = true;
            } else if (c == '~') {
                person = true;
            } else if (c == '^') {
                common = true;
            } else if (c == ',') {
                qualifier = true;
            } else {
                break;
            }
        }
        Tokens t = Tokens.of(raw.substring(i));
        if (t.size == 0) {
            return;
        }
        Node node = root;
        String[] surface = new String[t.size];
        for (int k = 0; k < t.size; k++) {
            node = node.childOrNew(t.key(k));
            surface[k] = t.surface(k);
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(2);
        }
        for (Entry e : node.entries) {
            if (e.code().equals(code) && e.kind() == kind) {
                return; // the same meaning twice (a name in two languages)
            }
        }
        node.entries.add(new Entry(code, kind, exact ? surface : null, person, common, qualifier));
    }
}
