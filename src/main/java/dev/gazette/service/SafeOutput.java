package dev.gazette.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one way Gazette writes a file a person named ({@code export --out}, dossiers, every
 * future writer): a target is created, never overwritten by surprise.
 *
 * <p>Before anything is written the target is checked: it must not lie inside the library
 * folder (the database, originals, backups); it must not be a directory, a device, a FIFO or a
 * symbolic link; its folder must exist; and an existing regular file is replaced only when the
 * caller says so ({@code --force}). The bytes then go to a temporary file with a random name,
 * created exclusively ({@code O_EXCL}, so an existing name or a planted symlink is never
 * followed) in the target's own folder with the user's umask, flushed to disk, and moved over
 * the target in one rename. On any failure the temporary file is removed and the old target is
 * left as it was.
 *
 * <p>Stateless; safe across threads (two writers to one target: the last rename wins whole).
 */
public final class SafeOutput {

    /** What writes the content; the stream is closed by {@link SafeOutput}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A target refused, or a write that failed; the message names the file and says nothing was written. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private SafeOutput() {
    }

    /**
     * Writes content to target as described above.
     *
     * @param target     the file a person named
     * @param libraryDir the library folder, inside which nothing is written (null: no library)
     * @param replace    whether an existing regular file may be replaced
     * @throws Refused   when the target is refused or the write fails; the target is then unchanged
     */
    public static void write(Path target, Path libraryDir, boolean replace, Content content) {
        Path file = check(target, libraryDir, replace);
        Path tmp = null;
        try {
            tmp = createTemporary(file);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            recheck(file, target, replace);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused r) {
                throw r;
            }
            throw new Refused("Could not write " + target + ": " + reason(e) + "; nothing was written.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary name is unique; a left-over one harms nothing
                }
            }
        }
    }

    /**
     * Checks a target as {@link #write} does, without writing; returns it absolute and normalised.
     *
     * @throws Refused with the reason in words
     */
    public static Path check(Path target, Path libraryDir, boolean replace) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw refused(target, "it is not a file name");
        }
        if (!Files.isDirectory(folder)) {
            throw refused(target, Files.exists(folder) ? "its folder " + folder + " is not a folder"
                    : "no such folder " + folder);
        }
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw refused(target, "its folder cannot be read (" + reason(e) + ")");
        }
        if (libraryDir != null && insideLibrary(realFolder.resolve(file.getFileName()), libraryDir)) {
            throw refused(target, "it is inside the library folder " + libraryDir
                    + " (write exports and dossiers somewhere else)");
        }
        Path real = realFolder.resolve(file.getFileName());
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return real;
        } catch (IOException e) {
            throw refused(target, reason(e));
        }
        if (a.isSymbolicLink()) {
            throw refused(target, "it is a symbolic link");
        }
        if (a.isDirectory()) {
            throw refused(target, "it is a directory");
        }
        if (!a.isRegularFile()) {
            throw refused(target, "it is a device or pipe, not a regular file");
        }
        if (!replace) {
            throw refused(target, "it already exists (add --force to replace it)");
        }
        return real;
    }

    /**
     * Checks a folder that a writer of many files (a backup) is to create: not inside the
     * library folder, not a symbolic link, not a file; when it exists, it must be an empty folder.
     *
     * @throws Refused with the reason in words
     */
    public static Path checkNewFolder(Path target, Path libraryDir) {
        Path folder = target.toAbsolutePath().normalize();
        if (folder.getParent() == null) {
            throw refused(target, "it is not a folder name");
        }
        if (Files.isSymbolicLink(folder)) {
            throw refused(target, "it is a symbolic link");
        }
        Path real = folder;
        try {
            real = folder.getParent().toRealPath().resolve(folder.getFileName());
        } catch (IOException ignored) {
            // a parent that does not exist yet is made by the writer
        }
        if (libraryDir != null && insideLibrary(real, libraryDir)) {
            throw refused(target, "it is inside the library folder " + libraryDir);
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw refused(target, "it exists and is not a folder");
            }
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw refused(target, "the folder already exists and is not empty");
                }
            } catch (IOException e) {
                throw refused(target, reason(e));
            }
        }
        return real;
    }

    private static void recheck(Path file, Path target, boolean replace) {
        // the target may have changed while the content was written: check its kind again
        if (Files.isSymbolicLink(file) || (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                && (!replace || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)))) {
            throw refused(target, "it appeared or changed while it was being written");
        }
    }

    private static boolean insideLibrary(Path file, Path libraryDir) {
        Path lib = libraryDir.toAbsolutePath().normalize();
        try {
            lib = lib.toRealPath();
        } catch (IOException ignored) {
            // a library that does not exist yet holds nothing to protect but its name
        }
        return file.startsWith(lib);
    }

    private static Path createTemporary(Path file) throws IOException {
        byte[] nonce = new byte[8];
        for (int attempt = 0; ; attempt++) {
            RANDOM.nextBytes(nonce);
            Path tmp = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(nonce) + ".part");
            try {
                // CREATE_NEW is O_CREAT|O_EXCL: never opens an existing file or follows a symlink;
                // the mode is 0666 less the user's umask, as any file the person creates
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static Refused refused(Path target, String reason) {
        return new Refused("Will not write " + target + ": " + reason + "; nothing was written.", null);
    }

    /** An I/O failure in words. */
    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
