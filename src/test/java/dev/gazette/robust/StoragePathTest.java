package dev.gazette.robust;

import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No path taken from a file's content decides where anything is written: pages whose MHTML
 * Content-Location, front matter, export entries, canonical links or base href name other
 * places leave nothing outside the library, and inside it only the database, the lock, backups
 * and originals named by their content hash.
 */
class StoragePathTest {

    @TempDir
    Path dir;

    @Test
    void originalsAreStoredUnderContentHashesOnlyWhateverTheFileSays() throws Exception {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        String escape = outside.resolve("escaped").toAbsolutePath().toString();
        Path folder = Files.createDirectories(dir.resolve("to-import"));
        String prose = "<p>The council met on Tuesday to discuss the harbour wall, and officials said a decision would"
                + " follow after residents had been heard at two public sessions next month.</p>";
        Files.writeString(folder.resolve("content-location.mhtml"), "MIME-Version: 1.0\r\nContent-Type: multipart/related;"
                + " boundary=\"B\"; type=\"text/html\"\r\n\r\n--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: "
                + "file://" + escape + "-mhtml.html\r\n\r\n<html><body>" + prose + "<img src=\"../../../../" + escape + "-img.png\">"
                + "</body></html>\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: "
                + "../../../../../.." + escape + "-img.png\r\n\r\niVBORw0KGgo=\r\n--B--\r\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("front-matter.md"), "---\ntitle: Paths\nurl: file://" + escape + "-md\noriginal: "
                + escape + "-md\nfile: ../../../../" + escape + "-md2\n---\n\nThe council met on Tuesday about the harbour wall"
                + " and residents asked about the cost of the works.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("export.json"), "[{\"id\": 1, \"title\": \"Export\", \"url\": \"file://" + escape
                + "-json\", \"content\": \"" + prose.replace("\"", "\\\"") + "\", \"origin_url\": \"../../" + escape
                + "-json2\", \"tags\": [{\"label\": \"../../x\"}]}]", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("base-and-canonical.html"), "<html><head><base href=\"file://" + escape
                + "-base/\"><link rel=\"canonical\" href=\"file://" + escape + "-canonical\"><meta property=\"og:url\" content=\"../../"
                + escape + "-og\"><title>Paths</title></head><body><article>" + prose + prose.replace("harbour", "ferry")
                + "</article></body></html>", StandardCharsets.UTF_8);
        Path page = Files.writeString(folder.resolve("complete.html"), "<html><head><title>Complete</title></head><body><article>"
                + prose.replace("harbour", "bridge") + "<img src=\"complete_files/../../../escaped-complete.png\">"
                + "<img src=\"complete_files/pic.png\"></article></body></html>", StandardCharsets.UTF_8);
        Path files = Files.createDirectories(folder.resolve("complete_files"));
        Files.write(files.resolve("pic.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        assertThat(page).exists();

        Set<String> outsideBefore = listing(dir, dir.resolve("library"));
        Path library = dir.resolve("library");
        try (LibraryService service = LibraryService.open(library)) {
            service.importPaths(List.of(folder));
            assertThat(service.isEmpty()).isFalse();
        }
        assertThat(listing(dir, library)).as("nothing written outside the library").isEqualTo(outsideBefore);
        try (Stream<Path> walk = Files.walk(library)) {
            List<String> unexpected = walk.filter(Files::isRegularFile).map(p -> library.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.matches("gazette\\.db(-wal|-shm|-journal)?|gazette\\.lock|backups/.+"
                            + "|originals/[0-9a-f]{2}/[0-9a-f]{64}\\.gz"))
                    .toList();
            assertThat(unexpected).isEmpty();
        }
        try (Stream<Path> walk = Files.walk(library.resolve("originals"))) {
            walk.filter(Files::isRegularFile).forEach(p -> assertThat(p.getFileName().toString())
                    .startsWith(p.getParent().getFileName().toString()));
        }
    }

    private static Set<String> listing(Path root, Path except) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.startsWith(except)).map(p -> root.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
