package dev.gazette.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of a library that can be restored by hand: the database through SQLite's online backup
 * (a consistent snapshot, safe while the library is open) and the {@code originals/} folder.
 * A backup is a folder holding {@code gazette.db} and {@code originals/}; it is written under a
 * temporary name and renamed when complete, so a crash never leaves a half backup that looks
 * whole. To restore: close Gazette, move the library's {@code gazette.db} and {@code originals/}
 * aside, and copy the backup's in their place.
 *
 * <p>Automatic backups ({@link #rotate}) go to {@code backups/auto-<UTC time>/}, at most one per
 * {@link #AUTOMATIC_INTERVAL}, keeping the newest {@link #KEEP_AUTOMATIC}; their originals are hard
 * links where the file system allows (stored originals are never changed in place, so a link
 * keeps a deleted original alive at no cost), copies elsewhere. Explicit backups copy.
 * Stateless; callers serialise (the library lock keeps one Gazette per library).
 */
public final class Backups {

    /** Automatic backups kept; older ones are deleted. */
    public static final int KEEP_AUTOMATIC = 5;
    /** Least time between two automatic backups. */
    public static final Duration AUTOMATIC_INTERVAL = Duration.ofDays(1);
    /** Folder-name prefix of automatic backups inside {@code backups/}. */
    static final String AUTO_PREFIX = "auto-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /**
     * Writes a complete backup of the open library into target (a new folder, which must not exist
     * yet, or an empty one).
     *
     * @return target
     */
    static Path backup(Rooms rooms, Path target) {
        return write(rooms, target.toAbsolutePath(), false);
    }

    /**
     * Makes an automatic backup when the newest is older than {@link #AUTOMATIC_INTERVAL} (or there
     * is none), then deletes all but the newest {@link #KEEP_AUTOMATIC}.
     *
     * @return the new backup, or null when none was due
     */
    static Path rotate(Rooms rooms, Clock clock) {
        Path folder = rooms.directory().resolve(Library.BACKUPS_FOLDER);
        List<Path> existing = automatic(folder);
        Instant now = clock.instant();
        Path made = null;
        Instant newest = existing.isEmpty() ? null : madeAt(existing.get(existing.size() - 1));
        if (newest == null || !newest.plus(AUTOMATIC_INTERVAL).isAfter(now)) {
            made = write(rooms, folder.resolve(AUTO_PREFIX + STAMP.format(now)).toAbsolutePath(), true);
            existing = automatic(folder);
        }
        for (int i = 0; i < existing.size() - KEEP_AUTOMATIC; i++) {
            deleteTree(existing.get(i));
        }
        return made;
    }

    /** The automatic backups in this folder, oldest first. */
    public static List<Path> automatic(Path backupsFolder) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(backupsFolder)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(backupsFolder, AUTO_PREFIX + "*")) {
            for (Path p : dirs) {
                if (Files.isDirectory(p) && madeAt(p) != null) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Could not list the backups in " + backupsFolder + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private static Instant madeAt(Path backup) {
        String name = backup.getFileName().toString();
        try {
            return Instant.from(STAMP.parse(name.substring(AUTO_PREFIX.length())));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Path write(Rooms rooms, Path target, boolean link) {
        try {
            if (Files.exists(target) && !isEmptyDir(target)) {
                throw new StoreException("The backup folder " + target + " already exists and is not empty.");
            }
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(target.getFileName() + ".partial");
            deleteTree(partial);
            Files.createDirectories(partial);
            Path db = partial.resolve(Library.DATABASE_FILE).toAbsolutePath();
            rooms.database().read(c -> {
                try (Statement s = c.createStatement()) {
                    String path = db.toString();
                    if (path.indexOf('\'') < 0 && path.indexOf('"') < 0) {
                        s.executeUpdate("backup to '" + path + "'");
                    } else {
                        s.executeUpdate("VACUUM INTO '" + path.replace("'", "''") + "'");
                    }
                }
                return null;
            });
            copyOriginals(rooms.directory().resolve(Library.ORIGINALS_FOLDER), partial.resolve(Library.ORIGINALS_FOLDER), link);
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new StoreException("Could not back up the library to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyOriginals(Path from, Path to, boolean link) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".tmp")) {
                    boolean linked = false;
                    if (link) {
                        try {
                            Files.createLink(dest, p);
                            linked = true;
                        } catch (UnsupportedOperationException | IOException notHere) {
                            // another file system or no hard links: copy instead
                        }
                    }
                    if (!linked) {
                        try {
                            Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                        } catch (FileAlreadyExistsException same) {
                            // content-addressed: the same name is the same bytes
                        }
                    }
                }
            }
        }
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
            return !s.iterator().hasNext();
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StoreException("Could not delete the old backup " + root + ": " + e.getMessage(), e);
        }
    }
}
