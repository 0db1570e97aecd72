package dev.gazette.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads whole files and gzip streams, never beyond a limit. Stateless. */
final class BoundedReading {

    private BoundedReading() {
    }

    /** The bytes of a regular file no larger than {@code limit}, with person-readable failures. */
    static byte[] readFile(Path file, long limit) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("not a regular file (a device or pipe)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IOException("file not found", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() != null ? e.getReason() : "cannot be read", e); // link loop, I/O error
        }
        if (size > limit) {
            throw new IOException("file is too large (" + megabytes(size) + "; Gazette reads files up to "
                    + megabytes(limit) + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, limit, "file grew beyond " + megabytes(limit) + " while being read");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() != null ? e.getReason() : "cannot be read", e);
        }
    }

    /** Decompresses gzip data, refusing output beyond {@code limit}. */
    static byte[] gunzip(byte[] compressed, long limit) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed), 64 * 1024)) {
            return readAtMost(in, limit, "compressed page expands beyond " + megabytes(limit));
        } catch (EOFException e) {
            throw new IOException("compressed file is truncated (unexpected end of gzip data)", e);
        } catch (ZipException e) {
            throw new IOException("compressed file is damaged (" + e.getMessage() + ")", e);
        }
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] readAtMost(InputStream in, long limit, String tooLarge) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new IOException(tooLarge);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return (bytes / (1024 * 1024)) + " MB";
    }
}
