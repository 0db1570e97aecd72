package dev.gazette.robust;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The folder of issue 19: broken and hostile files beside two good articles, the mix that once
 * took a 512 MB import down with an OutOfMemoryError. Run as a command to write it somewhere:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.robust.HostileFolder -Dexec.args=DIR}.
 */
public final class HostileFolder {

    /** The words that find each good article again (each appears in one good file only). */
    public static final List<String> GOOD_WORDS = List.of("quarryman", "lighthouse");

    private HostileFolder() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/hostile-folder");
        if (args.length > 1 && args[1].equals("--heavy")) {
            writeHeavy(dir);
        } else {
            write(dir);
        }
        System.out.println("wrote " + dir.toAbsolutePath());
    }

    /** Writes the folder (creating it) and returns it. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        good(dir.resolve("good-quarry.html"), "Quarry reopens as a swimming lake",
                "The old quarryman's cottage at the edge of the pit is now a changing room.");
        good(dir.resolve("good-lighthouse.html"), "Volunteers repaint the harbour lighthouse",
                "The lighthouse keeper's logbook from 1911 was found during the work.");
        navigationLinks(dir.resolve("navigation-17mb.html"), 17L * 1024 * 1024);
        MalformedCorpus.nestedDivs(dir.resolve("nested-divs-100000.html"), 100_000);
        MalformedCorpus.oneLine(dir.resolve("single-line-5mb.txt"), 5 * 1024 * 1024, false);
        Files.writeString(dir.resolve("script-only.html"), "<html><head><script>"
                + "var x = 1;\n".repeat(20_000) + "</script></head><body><script>document.write('hi')</script></body></html>");
        byte[] gz = gzip(Files.readAllBytes(dir.resolve("good-quarry.html")));
        Files.write(dir.resolve("truncated.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        byte[] png = new byte[4096];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(sig, 0, png, 0, sig.length);
        Files.write(dir.resolve("photo-renamed.html"), png);
        byte[] zip = new byte[2048];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        Files.write(dir.resolve("archive-renamed.txt"), zip);
        for (String name : List.of("empty.html", "empty.txt", "empty.md", "empty.mhtml")) {
            Files.write(dir.resolve(name), new byte[0]);
        }
        return dir;
    }

    /**
     * The folder plus the large saved pages real folders hold: a second 17 MB page of links, 30 MB
     * of plain paragraphs (a long live blog) and a 40 MB SingleFile page whose images are inline.
     */
    public static Path writeHeavy(Path dir) throws IOException {
        write(dir);
        navigationLinks(dir.resolve("navigation-17mb-archive.html"), 17L * 1024 * 1024);
        MalformedCorpus.bigPage(dir.resolve("live-blog-30mb.html"), 30L * 1024 * 1024);
        singleFilePage(dir.resolve("singlefile-40mb.html"), 40L * 1024 * 1024);
        return dir;
    }

    /** A SingleFile-style page: a short article with about size bytes of inline base64 images. */
    static Path singleFilePage(Path file, long size) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html><html><head><title>Ferry timetable changes | Fictional Coast News</title></head><body>"
                    + "<article><h1>Ferry timetable changes</h1>");
            String chunk = java.util.Base64.getEncoder().encodeToString(new byte[48 * 1024]);
            long written = 0;
            for (int i = 0; written < size; i++) {
                w.write("<p>Photo " + i + " shows the new ferry at the pier during the trial week.</p><img src=\"data:image/jpeg;base64,");
                for (int k = 0; k < 16; k++) {
                    w.write(chunk);
                }
                w.write("\">");
                written += 16L * chunk.length();
            }
            w.write("<p>The timetable takes effect next month.</p></article></body></html>");
        }
        return file;
    }

    private static void good(Path file, String title, String line) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append("<p>").append(line).append(" Paragraph ").append(i + 1)
                    .append(" tells how the town council, the neighbours and two local schools spent a summer"
                            + " on the project, what it cost and who will look after it next year.</p>\n");
        }
        Files.writeString(file, "<!DOCTYPE html><html><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2024-05-14T09:00:00+02:00\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>\n"
                + body + "</article><footer>Subscribe to our newsletter</footer></body></html>");
    }

    /** A page of about size bytes that is nothing but navigation links. */
    static Path navigationLinks(Path file, long size) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Site map</title></head><body><nav><ul>");
            long written = 0;
            int i = 0;
            while (written < size) {
                String li = "<li><a href=\"/section/" + i + "\">Section " + i++ + "</a></li>";
                w.write(li);
                written += li.length();
            }
            w.write("</ul></nav></body></html>");
        }
        return file;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }
}
