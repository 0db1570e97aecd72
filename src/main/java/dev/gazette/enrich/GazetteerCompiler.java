package dev.gazette.enrich;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * Compiles the gazetteer's text resources ({@code terms.tsv}, {@code places.tsv}) into the compact
 * form {@link Gazetteer} loads: the trie as flat int arrays with a hash table of its edges, and
 * every string in one text, so a start reads a few arrays instead of tokenising 18,000 terms and
 * building a map per trie node. The build runs {@link #main} after compiling (phase
 * process-classes) to write {@code gazetteer.bin} beside the copied text resources; the file
 * carries a checksum of the texts it came from, and {@link Gazetteer} compiles the texts in
 * memory instead when it is missing or stale (an edited {@code .tsv} without a build).
 *
 * <p>The text format is described at the top of {@code terms.tsv}. Stateless; safe across threads.
 */
public final class GazetteerCompiler {

    static final int MAGIC = 0x475a5402; // "GZT" and the format's version

    /** The text sources, in the order they are compiled (and checksummed). */
    static final String[] RESOURCES = {"terms.tsv", "places.tsv"};

    /** The hash-table slot where the edge from node parent by a key of this hash starts its probe. */
    static int slot(int parent, int keyHash, int mask) {
        int h = parent * 0x9E3779B9 + keyHash;
        return (h ^ (h >>> 16)) & mask;
    }

    /** Entry flags in the compiled form. */
    static final int EXACT = 1;
    static final int PERSON = 2;
    static final int COMMON = 4;
    static final int QUALIFIER = 8;
    static final String OUTPUT = "gazetteer.bin";

    private GazetteerCompiler() {
    }

    /** Writes {@code dev/gazette/enrich/gazetteer.bin} under the classes folder given (args[0]). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("dev/gazette/enrich");
        List<byte[]> sources = new ArrayList<>();
        for (String resource : RESOURCES) {
            sources.add(Files.readAllBytes(dir.resolve(resource)));
        }
        byte[] compiled = compile(sources);
        Files.write(dir.resolve(OUTPUT), compiled);
        System.out.println("gazetteer compiled: " + compiled.length + " bytes, " + dir.resolve(OUTPUT));
    }

    /** The checksum a compiled gazetteer records of its sources. */
    static long checksum(List<byte[]> sources) {
        CRC32 crc = new CRC32();
        for (byte[] s : sources) {
            crc.update(s);
            crc.update(0);
        }
        return crc.getValue();
    }

    /** A trie node while compiling: children in insertion order, entries in listing order. */
    private static final class Draft {
        final Map<String, Draft> next = new LinkedHashMap<>();
        final List<Object[]> entries = new ArrayList<>(); // {code, kind, surface[] or null, flags}
        int id;
        int parent;
        String key;
    }

    /** Compiles the text resources, given in {@link #RESOURCES} order. */
    static byte[] compile(List<byte[]> sources) {
        Draft root = new Draft();
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int count = 0;
        int[] kinds = new int[TermKind.values().length];
        TreeSet<String> codes = new TreeSet<>();
        for (int r = 0; r < sources.size(); r++) {
            String resource = RESOURCES[r];
            String text = new String(sources.get(r), StandardCharsets.UTF_8);
            for (String line : text.split("\r\n|\r|\n", -1)) {
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
                    kinds[kind.ordinal()]++;
                    if (kind != TermKind.BLOCK) {
                        codes.add(code);
                    }
                    if (kind == TermKind.NAME || kind == TermKind.FOREIGN) {
                        names.putIfAbsent(Tokens.fold(stripFlags(raw)), code);
                    }
                }
            }
        }
        return write(root, checksum(sources), count, kinds, codes, display, names);
    }

    private static String stripFlags(String raw) {
        int i = 0;
        while (i < raw.length() && "=~^,".indexOf(raw.charAt(i)) >= 0) {
            i++;
        }
        return raw.substring(i);
    }

    private static void add(Draft root, String code, TermKind kind, String raw) {
        int flags = 0;
        int i = 0;
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '=') {
                flags |= EXACT;
            } else if (c == '~') {
                flags |= PERSON;
            } else if (c == '^') {
                flags |= COMMON;
            } else if (c == ',') {
                flags |= QUALIFIER;
            } else {
                break;
            }
        }
        Tokens t = Tokens.of(raw.substring(i));
        if (t.size == 0) {
            return;
        }
        Draft node = root;
        String[] surface = new String[t.size];
        for (int k = 0; k < t.size; k++) {
            String key = t.key(k);
            node = node.next.computeIfAbsent(key, x -> new Draft());
            node.key = key;
            surface[k] = t.surface(k);
        }
        for (Object[] e : node.entries) {
            if (e[0].equals(code) && e[1] == kind) {
                return; // the same meaning twice (a name in two languages)
            }
        }
        node.entries.add(new Object[] {code, kind, (flags & EXACT) != 0 ? surface : null, flags});
    }

    /** Every string once in one text; a string is referred to by (offset, length). */
    private static final class Pool {
        final StringBuilder text = new StringBuilder();
        final Map<String, Integer> at = new HashMap<>();

        int add(String s) {
            return at.computeIfAbsent(s, k -> {
                int off = text.length();
                text.append(k);
                return off;
            });
        }
    }

    private static byte[] write(Draft root, long checksum, int termCount, int[] kinds, TreeSet<String> codes,
                                Map<String, String> display, Map<String, String> names) {
        // number the nodes breadth first: root is 0 and never anyone's child
        List<Draft> nodes = new ArrayList<>();
        ArrayDeque<Draft> queue = new ArrayDeque<>();
        queue.add(root);
        root.parent = -1;
        while (!queue.isEmpty()) {
            Draft d = queue.poll();
            d.id = nodes.size();
            nodes.add(d);
            for (Draft c : d.next.values()) {
                c.parent = nodes.size() - 1;
                queue.add(c);
            }
        }
        int n = nodes.size();
        Pool pool = new Pool();
        int[] parent = new int[n];
        int[] keyOff = new int[n];
        int[] keyLen = new int[n];
        int[] entryStart = new int[n + 1];
        List<Object[]> entries = new ArrayList<>();
        for (Draft d : nodes) {
            parent[d.id] = d.parent;
            if (d.key != null) {
                keyOff[d.id] = pool.add(d.key);
                keyLen[d.id] = d.key.length();
            }
            entryStart[d.id] = entries.size();
            entries.addAll(d.entries);
        }
        entryStart[n] = entries.size();
        int tableSize = Integer.highestOneBit(Math.max(4, n * 2 - 1)) * 2;
        int[] slots = new int[tableSize]; // 0 = empty (the root is nobody's child)
        for (Draft d : nodes) {
            if (d.id == 0) {
                continue;
            }
            int s = slot(d.parent, d.key.hashCode(), tableSize - 1);
            while (slots[s] != 0) {
                s = (s + 1) & (tableSize - 1);
            }
            slots[s] = d.id;
        }
        int e = entries.size();
        int[] entryCode = new int[e];
        int[] entryCodeLen = new int[e];
        int[] entryKind = new int[e];
        int[] entryFlags = new int[e];
        int[] exactStart = new int[e];
        int[] exactCount = new int[e];
        List<String> surfaces = new ArrayList<>();
        for (int i = 0; i < e; i++) {
            Object[] en = entries.get(i);
            String code = (String) en[0];
            entryCode[i] = pool.add(code);
            entryCodeLen[i] = code.length();
            entryKind[i] = ((TermKind) en[1]).ordinal();
            entryFlags[i] = (Integer) en[3];
            exactStart[i] = surfaces.size();
            if (en[2] != null) {
                for (String s : (String[]) en[2]) {
                    surfaces.add(s);
                }
            }
            exactCount[i] = surfaces.size() - exactStart[i];
        }
        int[] surfaceRefs = refs(pool, surfaces);
        int[] codeRefs = refs(pool, new ArrayList<>(codes));
        List<String> pairs = new ArrayList<>();
        display.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        int[] displayRefs = refs(pool, pairs);
        pairs.clear();
        names.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        int[] nameRefs = refs(pool, pairs);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeLong(checksum);
            byte[] text = pool.text.toString().getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(termCount);
            for (int[] a : List.of(kinds, parent, keyOff, keyLen, entryStart, slots, entryCode, entryCodeLen, entryKind,
                    entryFlags, exactStart, exactCount, surfaceRefs, codeRefs, displayRefs, nameRefs)) {
                out.writeInt(a.length);
                for (int v : a) {
                    out.writeInt(v);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** (offset, length) pairs of the strings in the pool. */
    private static int[] refs(Pool pool, List<String> strings) {
        int[] r = new int[strings.size() * 2];
        for (int i = 0; i < strings.size(); i++) {
            r[2 * i] = pool.add(strings.get(i));
            r[2 * i + 1] = strings.get(i).length();
        }
        return r;
    }
}
