package dev.gazette.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a second Gazette (another process, or a second open in this one) off a library that is
 * open: an exclusive operating-system lock on {@code gazette.lock} in the library folder, held
 * until {@link #close()}. The file holds the owner's process id so the refusal can name it.
 * The operating system drops the lock when the process dies, even on kill -9, so a crash never
 * leaves a library locked. Safe to close from any thread; close is idempotent.
 */
public final class LibraryLock implements AutoCloseable {

    /** The lock file's name inside the library folder. */
    public static final String FILE_NAME = "gazette.lock";

    /** Thrown when the library is already open in another Gazette. */
    public static final class InUseException extends IllegalStateException {
        private final long ownerPid;

        InUseException(String message, long ownerPid) {
            super(message);
            this.ownerPid = ownerPid;
        }

        /** The owner's process id, or -1 when the lock file does not say. */
        public long ownerPid() {
            return ownerPid;
        }
    }

    /** One sentence: who has the library, and how to proceed (reading commands work meanwhile). */
    private static String inUse(Path libraryDir, long pid) {
        return "The library at " + libraryDir.toAbsolutePath() + " is open in another Gazette"
                + (pid > 0 ? " (pid " + pid + ")" : "") + ": make this change in its window, or close it and run the"
                + " command again (list, show, export, dossier and doctor without --repair work while it is open).";
    }

    /**
     * Lock files held by this JVM. A second channel on a held lock file must never be opened:
     * on POSIX systems closing any descriptor of a file drops every lock the process has on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(Path file, Path key, FileChannel channel, FileLock lock) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the library's lock without waiting.
     *
     * @throws InUseException when another Gazette holds it
     * @throws IllegalStateException when the lock file cannot be created (read-only folder…)
     */
    public static LibraryLock acquire(Path libraryDir) {
        Path file = libraryDir.resolve(FILE_NAME);
        FileChannel channel = null;
        Path key = null;
        try {
            Files.createDirectories(libraryDir);
            key = libraryDir.toRealPath().resolve(FILE_NAME);
            if (!HELD.add(key)) {
                key = null;
                throw new InUseException(inUse(libraryDir, ProcessHandle.current().pid()), ProcessHandle.current().pid());
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                long pid = readPid(channel);
                channel.close();
                HELD.remove(key);
                key = null;
                throw new InUseException(inUse(libraryDir, pid), pid);
            }
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            channel.force(false);
            return new LibraryLock(file, key, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // reporting the first problem
                }
            }
            if (key != null) {
                HELD.remove(key);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Could not lock the library at " + libraryDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static long readPid(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            channel.read(buf, 0);
            String s = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** True until closed. */
    public boolean isHeld() {
        return lock.isValid();
    }

    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // the operating system drops the lock with the channel or the process anyway
        } finally {
            HELD.remove(key);
        }
    }
}
