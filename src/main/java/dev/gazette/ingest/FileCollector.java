package dev.gazette.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands a person's selection of files and folders into the article files to import.
 *
 * <p>Folders are searched recursively; each folder's entries are taken in name order, so the
 * result is the same every time. Files Gazette does not read are listed as skipped with a reason
 * (including hidden files and the {@code NAME_files/} resource folders of saved pages, which
 * belong to their page); entries that cannot be read are listed as unreadable. Each folder is
 * entered once by its real path, so links that loop back are harmless; the same file reached
 * twice (through a link or a double selection) is imported once. Never throws for a bad entry.
 *
 * <p>Holds no state between calls: safe to share across threads.
 */
public final class FileCollector {

    /** A file or folder that was not collected, and why (a short phrase fit for a person). */
    public record Entry(Path path, String reason) {
    }

    /**
     * What a selection expanded to.
     *
     * @param files       the article files, in a stable order
     * @param skipped     entries left out on purpose (not an article file, hidden, resource folder,
     *                    duplicate, link loop)
     * @param unreadable  entries that could not be read (missing, permission denied, broken link)
     */
    public record Result(List<Path> files, List<Entry> skipped, List<Entry> unreadable) {
        public Result {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            unreadable = List.copyOf(unreadable);
        }

        public int skippedCount() {
            return skipped.size();
        }
    }

    private final DocumentLoader loader;

    public FileCollector() {
        this(new DocumentLoader());
    }

    public FileCollector(DocumentLoader loader) {
        this.loader = loader;
    }

    /** Expands the selection (files and folders, in the order given). */
    public Result collect(Collection<Path> selection) {
        Walk walk = new Walk();
        for (Path p : selection) {
            if (p == null) {
                continue;
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                walk.unreadable.add(new Entry(p, "does not exist"));
            } else if (Files.isDirectory(p)) {
                walk.folder(p, 0);
            } else {
                walk.file(p);
            }
        }
        return new Result(walk.files, walk.skipped, walk.unreadable);
    }

    /** One expansion's working state. */
    private final class Walk {
        final List<Path> files = new ArrayList<>();
        final List<Entry> skipped = new ArrayList<>();
        final List<Entry> unreadable = new ArrayList<>();
        final Set<Path> seenFolders = new HashSet<>();
        final Map<Path, Path> seenFiles = new HashMap<>();

        void folder(Path dir, int depth) {
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                unreadable.add(new Entry(dir, reason(e)));
                return;
            }
            if (!seenFolders.add(real)) {
                skipped.add(new Entry(dir, "folder already searched (a link back to it)"));
                return;
            }
            if (depth > IngestLimits.MAX_FOLDER_DEPTH) {
                skipped.add(new Entry(dir, "folders nested too deep"));
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path child : stream) {
                    children.add(child);
                }
            } catch (IOException | SecurityException e) {
                unreadable.add(new Entry(dir, e instanceof IOException io ? reason(io) : "permission denied"));
                return;
            }
            children.sort(Comparator.comparing((Path c) -> c.getFileName().toString()));
            List<String> pageBases = new ArrayList<>();
            for (Path child : children) {
                String name = child.getFileName().toString();
                FileKind kind = FileKind.of(name);
                if (kind == FileKind.HTML || kind == FileKind.HTML_GZ) {
                    pageBases.add(FileKind.baseName(name));
                }
            }
            for (Path child : children) {
                String name = child.getFileName().toString();
                boolean isLink = Files.isSymbolicLink(child);
                if (isLink && !Files.exists(child)) {
                    unreadable.add(new Entry(child, "broken link"));
                } else if (Files.isDirectory(child)) {
                    String page = pageOf(name, pageBases);
                    if (page != null) {
                        skipped.add(new Entry(child, "resource folder of a saved page (" + page + ")"));
                    } else if (name.startsWith(".")) {
                        skipped.add(new Entry(child, "hidden folder"));
                    } else {
                        folder(child, depth + 1);
                    }
                } else {
                    file(child);
                }
            }
        }

        void file(Path file) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                unreadable.add(new Entry(file, "broken link"));
                return;
            }
            if (!Files.isRegularFile(file)) {
                skipped.add(new Entry(file, "not a regular file"));
                return;
            }
            if (name.startsWith(".")) {
                skipped.add(new Entry(file, "hidden file"));
                return;
            }
            if (!loader.isSupported(file)) {
                skipped.add(new Entry(file, notArticleReason(name)));
                return;
            }
            if (!Files.isReadable(file)) {
                unreadable.add(new Entry(file, "permission denied"));
                return;
            }
            if (FileKind.of(name) == FileKind.JSON_EXPORT && !startsLikeJsonArray(file)) {
                skipped.add(new Entry(file, "JSON file that is not an export (no list of articles)"));
                return;
            }
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                unreadable.add(new Entry(file, reason(e)));
                return;
            }
            Path first = seenFiles.putIfAbsent(real, file);
            if (first != null) {
                skipped.add(new Entry(file, "same file as " + first));
                return;
            }
            files.add(file);
        }
    }

    /** An export is a JSON array: its first non-blank byte (after a BOM) is '['. Reads 1 KB at most. */
    private static boolean startsLikeJsonArray(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            for (int i = 0; i < head.length; i++) {
                int b = head[i] & 0xff;
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || (i < 3 && (b == 0xef || b == 0xbb || b == 0xbf))) {
                    continue;
                }
                return b == '[';
            }
            return false;
        } catch (IOException e) {
            return true; // let the loader report what is wrong with it
        }
    }

    private static String pageOf(String folderName, List<String> pageBases) {
        for (String base : pageBases) {
            if (SavedPageFolder.isResourceFolderName(folderName, base)) {
                return base;
            }
        }
        return null;
    }

    private static String notArticleReason(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "not an article file (no known file type)";
        }
        return "not an article file (." + name.substring(dot + 1).toLowerCase(Locale.ROOT) + ")";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
