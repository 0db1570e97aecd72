package dev.gazette.robust;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Builds the folder of bad inputs: the small committed ones under
 * {@code src/test/resources/malformed/}, plus the ones generated here because they are large or
 * cannot live in git (zero-byte files, odd names, unreadable files, symlink loops).
 */
final class MalformedCorpus {

    private MalformedCorpus() {
    }

    /** Committed inputs copied into folder, then the small generated ones; returns every file written. */
    static List<Path> writeSmall(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        Path committed = Path.of("src/test/resources/malformed");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(committed)) {
            for (Path f : files) {
                out.add(Files.copy(f, folder.resolve(f.getFileName().toString())));
            }
        }
        for (String name : List.of("empty.html", "empty.htm", "empty.txt", "empty.md", "empty.mhtml", "empty.eml",
                "empty.json", "empty.html.gz")) {
            out.add(Files.write(folder.resolve(name), new byte[0]));
        }
        out.add(Files.writeString(folder.resolve("whitespace-only.html"), " \n\t \r\n"));
        String small = "<html><head><title>Named oddly</title></head><body><p>A short article body about the town fair and the weather, saved under an odd name.</p></body></html>";
        for (String name : List.of("name with  spaces.html", "line\nbreak.html", "tab\there.txt",
                "Новости — 東京 عربي 🚀.html", "-rf --library.html", "..html", "quote\"and'apostrophe.html",
                "x".repeat(200) + ".html", "back\\slash.html")) {
            out.add(Files.writeString(folder.resolve(name), small.replace("Named oddly", "Named " + name.length())
                    .replace("odd name", "odd name of " + name.length() + " characters, the " + name.codePointAt(0) + " one")));
        }
        out.add(Files.writeString(folder.resolve("UPPER.HTML"), small.replace("Named oddly", "Upper case name")));
        Path unreadable = Files.writeString(folder.resolve("unreadable.html"), small.replace("Named oddly", "Unreadable"));
        try {
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file stays readable
        }
        out.add(unreadable);
        Path loopDir = Files.createDirectories(folder.resolve("loop"));
        Files.createSymbolicLink(loopDir.resolve("back-to-parent"), folder);
        Files.createSymbolicLink(loopDir.resolve("self"), loopDir.resolve("self"));
        out.add(Files.createSymbolicLink(folder.resolve("self-link.html"), folder.resolve("self-link.html")));
        out.add(Files.createSymbolicLink(folder.resolve("dangling.html"), folder.resolve("no-such-target.html")));
        out.add(Files.createSymbolicLink(folder.resolve("dev-zero.html"), Path.of("/dev/zero")));
        Files.createDirectories(folder.resolve("a-folder.html"));
        // slow to extract today (see docs/reliability.md): kept beside the folder, not in it, so
        // that the whole-folder test does not pay for it twice
        Path slow = Files.createDirectories(folder.resolveSibling("slow inputs"));
        out.add(nestedDivs(slow.resolve("nested-divs-100000.html"), 100_000));
        Path fifo = folder.resolveSibling("pipe.html");
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                out.add(fifo);
            }
        } catch (IOException | InterruptedException noMkfifo) {
            // no named pipes here
        }
        out.add(oneLine(folder.resolve("single-line-5mb.txt"), 5 * 1024 * 1024, false));
        out.add(oneLine(folder.resolve("single-line-5mb.html"), 5 * 1024 * 1024, true));
        out.add(hugeBase64Mhtml(folder.resolve("huge-base64-part.mhtml"), 12 * 1024 * 1024));
        out.add(manyAttributes(folder.resolve("one-element-200k-attributes.html"), 200_000));
        out.add(tableSoup(folder.resolve("unclosed-tables-20000.html"), 20_000));
        return out;
    }

    static Path nestedDivs(Path file, int depth) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Deep</title></head><body>");
            for (int i = 0; i < depth; i++) {
                w.write("<div>");
            }
            w.write("<p>The innermost paragraph of a very deep page, with enough words to look like text.</p>");
            for (int i = 0; i < depth; i++) {
                w.write("</div>");
            }
            w.write("</body></html>");
        }
        return file;
    }

    static Path oneLine(Path file, int bytes, boolean html) throws IOException {
        String sentence = "The committee met again and the chair said the report would follow soon. ";
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (html) {
                w.write("<html><head><title>One line</title></head><body><p>");
            }
            int written = 0;
            while (written < bytes) {
                w.write(sentence);
                written += sentence.length();
            }
            if (html) {
                w.write("</p></body></html>");
            }
        }
        return file;
    }

    static Path hugeBase64Mhtml(Path file, int bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"BB\"; type=\"text/html\"\r\n\r\n"
                    + "--BB\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: https://example.invalid/page\r\n\r\n"
                    + "<html><body><p>A page with one enormous image attached to it, about the bridge.</p><img src=\"https://example.invalid/big.png\"></body></html>\r\n"
                    + "--BB\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://example.invalid/big.png\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = Base64.getMimeEncoder().encode(new byte[57 * 1024]);
            int written = 0;
            while (written < bytes) {
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                written += chunk.length + 2;
            }
            out.write("\r\n--BB--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    static Path manyAttributes(Path file, int n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><body><p");
            for (int i = 0; i < n; i++) {
                w.write(" a" + i + "=\"" + i + "\"");
            }
            w.write(">Text of a paragraph with far too many attributes on it.</p></body></html>");
        }
        return file;
    }

    static Path tableSoup(Path file, int n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><body>");
            for (int i = 0; i < n; i++) {
                w.write("<table><tr><td><b><i><a>cell " + i + " ");
            }
            w.write("</body></html>");
        }
        return file;
    }

    /** A page of about size bytes: many ordinary paragraphs inside page chrome. */
    static Path bigPage(Path file, long size) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>An enormous page</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
            long written = 0;
            int i = 0;
            while (written < size) {
                String p = "<p>Paragraph " + i++ + ": the regional council discussed the transport budget at length"
                        + " and residents asked again about the ferry timetable and the bridge repairs.</p>\n";
                w.write(p);
                written += p.length();
            }
            w.write("</article></body></html>");
        }
        return file;
    }
}
