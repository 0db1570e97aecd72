package dev.gazette.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example articles shipped inside the program (the project's {@code samples/} folder), and
 * the first-start rule: a brand-new library is filled with them once, so a new user has
 * something to read. A library the person emptied is never refilled (a marker file remembers).
 */
public final class SampleArticles {

    private static final String RESOURCE = "/dev/gazette/samples";
    static final String MARKER = ".samples-offered";

    private SampleArticles() {
    }

    /** Whether this library was offered the samples before (a file check, no query). */
    public static boolean wasOffered(LibraryService service) {
        return Files.exists(service.directory().resolve(MARKER));
    }

    /** Imports the samples when this library has never been offered them and is empty. */
    public static ImportReport offerOnFirstStart(LibraryService service) {
        Path marker = service.directory().resolve(MARKER);
        if (Files.exists(marker) || !service.isEmpty()) {
            return null;
        }
        ImportReport report = importInto(service);
        try {
            Files.writeString(marker, "samples offered; delete this file to have them offered again\n");
        } catch (IOException e) {
            // Without the marker the samples are offered again next time: harmless.
        }
        return report;
    }

    public static ImportReport importInto(LibraryService service) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("gazette-samples");
            copyTo(tmp);
            return service.importPaths(List.of(tmp));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the sample articles", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Copies the shipped samples into a folder. */
    public static void copyTo(Path target) throws IOException {
        URL url = SampleArticles.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("the sample articles are missing from this build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(fs.getPath(RESOURCE), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
