package dev.gazette.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A file's bytes as the library keeps them: their SHA-256 (the name it is stored and known by)
 * and, once {@link #compressed()} is asked for, the gzip form written under {@code originals/}.
 * Both are computed here, on the caller's thread, so an importer hashes and compresses each
 * file once, on its parse workers, and the library's one writer only writes the bytes out
 * (issue 24). The hash is always this class's own, never taken from outside, so only a hash the
 * store computed becomes part of a path (see {@code BlobStore}).
 *
 * <p>Immutable; safe across threads (the arrays are never handed out to change).
 */
public final class Original {

    /** Compression level of the stored originals (gzip's default, as before issue 24). */
    static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    private final byte[] data;
    private final String hash;
    private final byte[] gz;

    private Original(byte[] data, String hash, byte[] gz) {
        this.data = data;
        this.hash = hash;
        this.gz = gz;
    }

    /** The bytes, hashed now (not compressed yet). The array is kept, not copied: don't change it. */
    public static Original of(byte[] data) {
        return new Original(data, sha256(data), null);
    }

    /** The SHA-256 of the bytes in lower-case hex: the name every stored original has. */
    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public String hash() {
        return hash;
    }

    /** How many bytes the file has. */
    public int size() {
        return data.length;
    }

    /** How many bytes the stored file takes (the compressed form when made, else the bytes). */
    public int storedSize() {
        return gz == null ? data.length : gz.length;
    }

    /** The same original with its compressed form made now (at once when it was made before). */
    public Original compressed() {
        if (gz != null) {
            return this;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(LEVEL);
            }
        }) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream in memory does not fail
        }
        return new Original(data, hash, out.toByteArray());
    }

    byte[] data() {
        return data;
    }

    /** The gzip form, made now when {@link #compressed()} was not asked for before. */
    byte[] gz() {
        return gz != null ? gz : compressed().gz;
    }
}
