package dev.gazette.store;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The file a restore reads, checked whole before anything is written. A stream (a pipe,
 * {@code /dev/stdin}) is first copied to a temporary file in the library folder, so a zip can be
 * opened by its central directory: a truncated zip is refused before any article is read. Every
 * entry's name must be the export's own ({@code library.json}, {@code originals/<sha256>.gz});
 * a name reaching outside ({@code ..}, an absolute path), a symbolic-link entry or any other
 * entry refuses the file. Every original is inflated as a stream, within the import's limits,
 * and must hash to its name, so a zip bomb, a gzip bomb or a damaged original is refused with
 * its reason. Nothing is held in memory beyond a buffer. Not shared: one per restore.
 */
final class RestoreInput implements Closeable {

    // Limits, in one place (the same figures as the import's, ingest.IngestLimits)
    /** Bytes an original may take, compressed in the zip and once gunzipped (the import's per-file limit). */
    static final long MAX_ORIGINAL_BYTES = 64L * 1024 * 1024;
    /** The library.json entry may expand to this many times its compressed size … */
    static final long MAX_JSON_EXPANSION = 100;
    /** … once it is larger than this (small entries of repeated text compress very well). */
    static final long JSON_EXPANSION_FLOOR = 64L * 1024 * 1024;
    /** The tail of a zip searched for its end record (22 bytes plus the longest comment). */
    private static final int EOCD_SEARCH = 22 + 65_535;

    static final String JSON_ENTRY = LibraryExchange.JSON_ENTRY;
    private static final Pattern ORIGINAL_ENTRY = Pattern.compile("originals/([0-9a-f]{64})\\.gz");

    private final Path file;
    private final boolean staged;
    private final ZipFile zip;
    private final Map<String, ZipEntry> originals = new LinkedHashMap<>();
    private ZipEntry json;

    private RestoreInput(Path file, boolean staged, ZipFile zip) {
        this.file = file;
        this.staged = staged;
        this.zip = zip;
    }

    /**
     * Opens the export at path (a regular file is read in place; anything else, a pipe or
     * {@code /dev/stdin}, is copied into stagingDir first) and checks it as described above.
     *
     * @throws StoreException with the reason in words when the file is refused
     */
    static RestoreInput open(Path path, Path stagingDir) {
        if (Files.isDirectory(path)) {
            throw new StoreException(path + " is a directory, not a Gazette export.");
        }
        if (!Files.exists(path)) {
            throw new StoreException(path + ": no such file.");
        }
        if (Files.isRegularFile(path)) {
            return check(path, false);
        }
        // a pipe is read as a plain stream (a channel's transfer would seek: "Illegal seek");
        // a named FIFO is read as cat reads it, once something writes to it
        try (InputStream in = new java.io.FileInputStream(path.toFile())) {
            return stage(in, stagingDir);
        } catch (IOException e) {
            throw new StoreException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Copies a stream into stagingDir, then opens and checks the copy (deleted on close). */
    static RestoreInput stage(InputStream in, Path stagingDir) {
        Path tmp = null;
        try {
            Files.createDirectories(stagingDir);
            tmp = Files.createTempFile(stagingDir, ".restore-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                }
            }
            RestoreInput r = check(tmp, true);
            tmp = null;
            return r;
        } catch (IOException e) {
            throw new StoreException("Could not read the export: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static RestoreInput check(Path file, boolean staged) {
        boolean isZip;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            isZip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            if (staged) {
                deleteQuietly(file);
            }
            throw new StoreException("Could not read the export: " + e.getMessage(), e);
        }
        if (!isZip) {
            return new RestoreInput(file, staged, null);
        }
        ZipFile z = null;
        try {
            z = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            RestoreInput r = new RestoreInput(file, staged, z);
            r.checkZip(symlinkEntries(file));
            return r;
        } catch (ZipException e) {
            closeQuietly(z, file, staged);
            throw new StoreException("The zip file is damaged or truncated (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            closeQuietly(z, file, staged);
            throw new StoreException("Could not read the zip file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(z, file, staged);
            throw e;
        }
    }

    private void checkZip(Set<String> symlinks) throws IOException {
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            String name = e.getName();
            if (symlinks.contains(name)) {
                throw new StoreException("Not a Gazette export: the zip holds a symbolic link (" + printable(name) + ").");
            }
            Matcher m = ORIGINAL_ENTRY.matcher(name);
            if (name.equals(JSON_ENTRY)) {
                if (json != null) {
                    throw new StoreException("Not a Gazette export: the zip holds two " + JSON_ENTRY + ".");
                }
                json = e;
            } else if (m.matches()) {
                originals.put(m.group(1), e);
            } else if (name.equals("originals/")) {
                continue;
            } else if (name.startsWith("/") || name.startsWith("\\") || name.matches("(?s)^[A-Za-z]:.*")
                    || name.matches("(?s)(.*[/\\\\])?\\.\\.([/\\\\].*)?")) {
                throw new StoreException("Not a Gazette export: the zip entry " + printable(name)
                        + " points outside the export.");
            } else {
                throw new StoreException("Not a Gazette export: unexpected zip entry " + printable(name) + ".");
            }
        }
        if (json == null) {
            throw new StoreException("This zip file has no " + JSON_ENTRY + ": it is not a Gazette library export.");
        }
        for (Map.Entry<String, ZipEntry> o : originals.entrySet()) {
            verify(o.getKey(), o.getValue());
        }
    }

    /** Inflates an original as a stream, within the limits, and checks that it hashes to its name. */
    private void verify(String hash, ZipEntry e) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
        String name = e.getName();
        try (InputStream raw = new Limited(zip.getInputStream(e), MAX_ORIGINAL_BYTES, name + " expands beyond "
                + mb(MAX_ORIGINAL_BYTES) + " (a zip bomb?)");
             InputStream gz = new GZIPInputStream(raw);
             InputStream data = new DigestInputStream(new Limited(gz, MAX_ORIGINAL_BYTES, name
                     + " expands beyond " + mb(MAX_ORIGINAL_BYTES) + " once gunzipped (a gzip bomb?)"), sha)) {
            data.transferTo(OutputStream.nullOutputStream());
        } catch (ZipException | EOFException bad) {
            throw new StoreException("The original " + name + " is damaged (" + bad.getMessage() + ").", bad);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(hash)) {
            throw new StoreException("The original " + name + " is damaged: its content does not match its name.");
        }
    }

    /** The export's JSON document, as a stream within the expansion limit. */
    InputStream json() throws IOException {
        if (zip == null) {
            return Files.newInputStream(file);
        }
        long limit = Math.max(JSON_EXPANSION_FLOOR, json.getCompressedSize() * MAX_JSON_EXPANSION);
        return new Limited(zip.getInputStream(json), limit, JSON_ENTRY + " expands more than "
                + MAX_JSON_EXPANSION + " times its size (a zip bomb?)");
    }

    /** The verified originals: hash to entry. */
    Set<String> originalHashes() {
        return originals.keySet();
    }

    /** The compressed bytes of a verified original, as stored. */
    InputStream original(String hash) throws IOException {
        return zip.getInputStream(originals.get(hash));
    }

    @Override
    public void close() {
        closeQuietly(zip, file, staged);
    }

    /** Names of entries that are symbolic links (Unix mode in the central directory). */
    private static Set<String> symlinkEntries(Path file) throws IOException {
        Set<String> links = new java.util.HashSet<>();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            int tail = (int) Math.min(len, EOCD_SEARCH);
            byte[] b = new byte[tail];
            f.seek(len - tail);
            f.readFully(b);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                return links; // ZipFile has refused it already
            }
            long size = u32(b, eocd + 12);
            long offset = u32(b, eocd + 16);
            if (size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + size > len || size > Integer.MAX_VALUE) {
                return links; // zip64: Gazette's own exports never are; ZipFile checked the structure
            }
            byte[] cd = new byte[(int) size];
            f.seek(offset);
            f.readFully(cd);
            int p = 0;
            while (p + 46 <= cd.length && cd[p] == 'P' && cd[p + 1] == 'K' && cd[p + 2] == 1 && cd[p + 3] == 2) {
                int host = cd[p + 5] & 0xff;
                int nameLen = u16(cd, p + 28);
                int extraLen = u16(cd, p + 30);
                int commentLen = u16(cd, p + 32);
                long external = u32(cd, p + 38);
                if (p + 46 + nameLen > cd.length) {
                    break;
                }
                String name = new String(cd, p + 46, nameLen, StandardCharsets.UTF_8);
                if (host == 3 && ((external >>> 16) & 0170000) == 0120000) {
                    links.add(name);
                }
                p += 46 + nameLen + extraLen + commentLen;
            }
        }
        return links;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    private static String mb(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    /** A name as it may be printed: control characters escaped. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '"') {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }

    private static void closeQuietly(ZipFile z, Path file, boolean staged) {
        if (z != null) {
            try {
                z.close();
            } catch (IOException ignored) {
                // read only
            }
        }
        if (staged) {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file left behind in the library folder harms nothing
            }
        }
    }

    /** A stream that refuses to give more than limit bytes. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String tooLarge;
        private long count;

        Limited(InputStream in, long limit, String tooLarge) {
            super(in);
            this.limit = limit;
            this.tooLarge = tooLarge;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw new StoreException("Refused: " + tooLarge + ".");
            }
        }
    }
}
