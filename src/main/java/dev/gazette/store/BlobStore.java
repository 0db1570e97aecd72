package dev.gazette.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Content-addressed, gzip-compressed file store under the library's {@code originals/} folder:
 * the bytes whose SHA-256 is {@code h} live in {@code originals/h[0..2]/h.gz}. Only a hash this
 * class computed or validated ever becomes part of a path; nothing from a file's content or
 * name decides where a file is written. Writing is atomic (temporary file, then move).
 * Safe across threads.
 */
final class BlobStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    BlobStore(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    static String sha256(byte[] data) {
        return Original.sha256(data);
    }

    static boolean isHash(String s) {
        return s != null && HASH.matcher(s).matches();
    }

    /** Stores the bytes (if not already there) and returns their hash. */
    String put(byte[] data) {
        Original original = Original.of(data);
        return Files.exists(path(original.hash())) ? original.hash() : put(original);
    }

    /**
     * Stores an original hashed (and usually compressed) on another thread: only the file is
     * written here. Returns its hash.
     */
    String put(Original original) {
        String hash = original.hash();
        Path target = path(hash);
        if (Files.exists(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), hash, ".tmp");
            try {
                Files.write(tmp, original.gz());
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target);
                }
            } catch (FileAlreadyExistsException alreadyThere) {
                // another thread stored the same bytes meanwhile
            } finally {
                Files.deleteIfExists(tmp);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores already gzip-compressed bytes under a hash given by an export, after checking it. */
    void putCompressed(String hash, byte[] gz) {
        byte[] data = decompress(gz);
        if (!sha256(data).equals(hash)) {
            throw new StoreException("A stored original does not match its hash " + hash);
        }
        put(data);
    }

    /**
     * Stores compressed bytes already checked to hash to {@code hash} (a restore's originals), as
     * a stream; returns whether the file is new (false: the library had it already).
     */
    boolean putVerifiedCompressed(String hash, InputStream gz) {
        Path target = path(hash);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), hash, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    gz.transferTo(out);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (FileAlreadyExistsException alreadyThere) {
                return false;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StoreException("Could not store the original " + hash + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a stream, read through with one buffer of memory whatever its length. */
    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Stores a file's bytes under expected when they hash to it, replacing what is stored there,
     * as a stream (a file of any size takes one buffer of memory); returns whether they did.
     */
    boolean putFileIfHash(Path source, String expected) throws IOException {
        Path target = path(expected);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), expected, ".tmp");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(source), sha);
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(expected)) {
                return false;
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Optional<byte[]> get(String hash) {
        if (!isHash(hash)) {
            return Optional.empty();
        }
        Path p = path(hash);
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new StoreException("Could not read the stored original " + p + ": " + e.getMessage(), e);
        }
    }

    /** The compressed file as stored, for exports. */
    Optional<byte[]> getCompressed(String hash) {
        if (!isHash(hash)) {
            return Optional.empty();
        }
        Path p = path(hash);
        try {
            return Files.exists(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Could not read the stored original " + p + ": " + e.getMessage(), e);
        }
    }

    void delete(String hash) {
        if (!isHash(hash)) {
            return;
        }
        try {
            Files.deleteIfExists(path(hash));
        } catch (IOException ignored) {
            // an orphan file is harmless; it will be overwritten with the same bytes if needed
        }
    }

    Path path(String hash) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException("not a SHA-256 hex hash");
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".gz");
    }

    static byte[] decompress(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StoreException("A compressed original is damaged: " + e.getMessage(), e);
        }
    }
}
