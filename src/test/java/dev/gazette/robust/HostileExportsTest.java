package dev.gazette.robust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.TestFiles;
import dev.gazette.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drills of docs/reliability.md for the doors other than import: hostile exports given to
 * {@code restore} and hostile targets given to {@code export --out}. Each refused case checks
 * the exit status, the message, that the library's export is byte for byte what it was, and
 * {@code PRAGMA integrity_check}.
 */
class HostileExportsTest {

    @TempDir
    static Path dir;

    static Path library;
    private static final AtomicInteger SNAPSHOTS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun run(String... args) {
        return CliRun.inLibrary(library, args);
    }

    @BeforeAll
    static void aLibraryOfTheSamples() {
        library = dir.resolve("library");
        assertThat(run("import", TestFiles.samples().toString()).status()).isZero();
    }

    /** The library as `export` writes it, without the time of the export. */
    private static String exported() throws IOException {
        Path out = dir.resolve("snapshot-" + SNAPSHOTS.incrementAndGet() + ".json");
        CliRun r = run("export", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        return Files.readString(out).replaceFirst("\"exportedAt\":\"[^\"]*\"", "");
    }

    private static void assertSound() throws Exception {
        try (LibraryAudit audit = LibraryAudit.of(library)) {
            assertThat(audit.integrity()).isEqualTo("ok");
        }
    }

    /** Restores file; asserts it is refused with the words given and that nothing changed. */
    private static void refused(Path file, String... words) throws Exception {
        String before = exported();
        CliRun r = run("restore", file.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(words).contains("Nothing was restored");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(exported()).isEqualTo(before);
        assertSound();
        try (var files = Files.list(library)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static ObjectNode article(int n) {
        ObjectNode a = JSON.createObjectNode();
        a.put("title", "Good article " + n);
        a.put("published", "2020-01-02");
        a.put("bodyHash", String.format("%064x", 1_000_000L + n));
        a.put("bodyText", "The text of good article " + n + ".");
        return a;
    }

    private static byte[] document(List<ObjectNode> articles) throws IOException {
        ObjectNode d = JSON.createObjectNode();
        d.put("format", "gazette-library");
        d.put("version", 1);
        ArrayNode list = d.putArray("articles");
        articles.forEach(list::add);
        return JSON.writeValueAsBytes(d);
    }

    private static byte[] zip(Object... nameThenBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < nameThenBytes.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) nameThenBytes[i]));
                z.write((byte[]) nameThenBytes[i + 1]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(data);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void zipEntriesOutsideTheExportAreRefused() throws Exception {
        byte[] doc = document(List.of(article(1)));
        refused(write("slip.zip", zip("library.json", doc, "../../evil.txt", "x".getBytes())),
                "points outside the export");
        refused(write("absolute.zip", zip("library.json", doc, "/tmp/evil.txt", "x".getBytes())),
                "points outside the export");
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void aSymlinkEntryIsRefused() throws Exception {
        byte[] bytes = zip("library.json", document(List.of(article(1))),
                "originals/" + "a".repeat(64) + ".gz", "/etc/passwd".getBytes());
        // mark the second entry of the central directory as a Unix symbolic link (mode 0120777)
        int seen = 0;
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2 && ++seen == 2) {
                bytes[i + 5] = 3;
                bytes[i + 38] = 0;
                bytes[i + 39] = 0;
                bytes[i + 40] = (byte) 0xFF;
                bytes[i + 41] = (byte) 0xA1;
            }
        }
        assertThat(seen).isEqualTo(2);
        refused(write("symlink.zip", bytes), "symbolic link");
    }

    @Test
    void zipAndGzipBombsAreRefusedWithoutRunningOutOfMemory() throws Exception {
        byte[] zeros = new byte[80 * 1024 * 1024];
        // the zip entry itself inflates to 80 MB (a gzip of stored, uncompressed blocks)
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(stored) {
            {
                def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            }
        }) {
            g.write(zeros);
        }
        refused(write("zipbomb.zip", zip("library.json", document(List.of(article(1))),
                "originals/" + sha256(zeros) + ".gz", stored.toByteArray())), "zip bomb");
        refused(write("not-gzip.zip", zip("library.json", document(List.of(article(1))),
                "originals/" + sha256(zeros) + ".gz", zeros)), "is damaged", "Not in GZIP format");
        // the entry is small, its gzip inflates to 80 MB
        refused(write("gzipbomb.zip", zip("library.json", document(List.of(article(1))),
                "originals/" + sha256(zeros) + ".gz", gzip(zeros))), "gzip bomb");
    }

    @Test
    void aTruncatedZipIsRefusedBeforeAnyArticle() throws Exception {
        Path whole = dir.resolve("whole.zip");
        assertThat(run("export", "--originals", "--out", whole.toString()).status()).isZero();
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = write("truncated.zip", Arrays.copyOf(bytes, bytes.length * 2 / 3));
        // into a fresh library, where every article would be new
        Path keep = library;
        library = dir.resolve("fresh-" + SNAPSHOTS.incrementAndGet());
        try {
            refused(truncated, "damaged or truncated");
        } finally {
            library = keep;
        }
    }

    @Test
    void sixHundredGoodArticlesThenABadOneAddNothing() throws Exception {
        List<ObjectNode> articles = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            articles.add(article(i));
        }
        ObjectNode bad = JSON.createObjectNode();
        bad.putArray("title").add(1);
        articles.add(bad);
        refused(write("600-then-bad.json", document(articles)), "Article 601 could not be read");
    }

    @Test
    void malformedDocumentsAreRefusedWithTheirReason() throws Exception {
        String deep = "{\"format\":\"gazette-library\",\"version\":1,\"articles\":[" + "[".repeat(100_000);
        refused(write("deep.json", deep.getBytes(StandardCharsets.UTF_8)), "not valid JSON", "nesting depth");
        refused(write("types.json", ("{\"format\":\"gazette-library\",\"version\":1,\"articles\":"
                + "[{\"title\":\"x\",\"tags\":{\"a\":1}}]}").getBytes(StandardCharsets.UTF_8)), "Article 1 could not be read");
        refused(write("not-a-list.json", "{\"format\":\"gazette-library\",\"version\":1,\"articles\":7}"
                .getBytes(StandardCharsets.UTF_8)), "\"articles\" is not a list");
        refused(write("null.json", ("{\"format\":\"gazette-library\",\"version\":1,\"articles\":[{\"title\":\"ok\"},null]}")
                .getBytes(StandardCharsets.UTF_8)), "Article 2 is null");
        refused(write("null-tag.json", document(List.of((ObjectNode) article(1).set("tags",
                JSON.createArrayNode().add("ok").addNull())))), "holds a null");
        refused(write("text.txt", "hello, not an export".getBytes(StandardCharsets.UTF_8)), "not valid JSON");
        refused(write("other.json", "{\"format\":\"other\",\"version\":1,\"articles\":[{\"title\":\"x\"}]}"
                .getBytes(StandardCharsets.UTF_8)), "Not a Gazette library export");
        refused(dir.resolve("no-such.zip"), "no such file");
        refused(Files.createDirectories(dir.resolve("a-folder.zip")), "is a directory");
    }

    @Test
    void impossibleDatesAndCountriesAreRefusedAsCorrectRefusesThem() throws Exception {
        refused(write("date.json", document(List.of(article(1).put("published", "9999-99-99")))),
                "9999-99-99", "not a real date");
        ObjectNode atlantis = article(2);
        atlantis.putObject("corrections").putArray("countries").add("ATLANTIS");
        refused(write("atlantis.json", document(List.of(atlantis))), "ATLANTIS", "not a known country");
        ObjectNode zz = article(3);
        zz.putArray("regions").addObject().put("code", "ZZ").put("score", 1.0).put("primary", true);
        refused(write("zz.json", document(List.of(zz))), "\"ZZ\"", "not a known country");
        ObjectNode corrected = article(4);
        corrected.putObject("corrections").put("published", "2019-02-30");
        refused(write("feb30.json", document(List.of(corrected))), "2019-02-30", "not a real date");
    }

    @Test
    void sortedKeysAreAnExportLikeAnyOtherAndABodyBuiltToNavigateIsCleaned() throws Exception {
        ObjectNode a = article(7000);
        a.put("title", "A body built to navigate");
        a.put("bodyHtml", "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/\">"
                + "<base href=\"http://127.0.0.1:9/\"><form action=\"http://127.0.0.1:9/\"><input name=q></form>"
                + "<iframe src=\"http://127.0.0.1:9/\"></iframe><img src=\"http://127.0.0.1:9/x.png\">"
                + "<p onclick=\"location='http://127.0.0.1:9/'\">Words that stay.</p>");
        ObjectMapper sorted = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        Object tree = sorted.treeToValue(JSON.readTree(document(List.of(a))), Object.class);
        byte[] bytes = sorted.writeValueAsBytes(tree);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"articles\"");
        CliRun r = run("restore", write("sorted.json", bytes).toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("restored 1 article");
        CliRun list = run("list", "--json", "navigate");
        assertThat(list.status()).as(list.err()).isZero();
        long id = JSON.readTree(list.out()).get(0).get("id").asLong();
        CliRun html = run("export", "--html", String.valueOf(id));
        assertThat(html.out()).contains("Words that stay").contains("Content-Security-Policy")
                .doesNotContain("refresh", "<base", "<form", "<iframe", "127.0.0.1:9/x.png", "onclick");
        assertSound();
    }

    @Test
    void anExportCanBeRestoredFromAPipe() throws Exception {
        Path zip = dir.resolve("for-pipe.zip");
        assertThat(run("export", "--originals", "--out", zip.toString()).status()).isZero();
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0);
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(fifo)) {
                Files.copy(zip, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Path keep = library;
        library = dir.resolve("from-pipe");
        try {
            CliRun r = run("restore", fifo.toString());
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).contains("restored ").doesNotContain("restored 0 articles");
            assertSound();
        } finally {
            library = keep;
            writer.join(10_000);
        }
    }

    @Test
    void anExportCanBeRestoredFromStandardInput() throws Exception {
        Path json = dir.resolve("for-stdin.json");
        assertThat(run("export", "--out", json.toString()).status()).isZero();
        Path target = dir.resolve("from-stdin");
        ProcessBuilder pb = ChildJvm.builder(dir, "dev.gazette.Launcher", "--library", target.toString(),
                "restore", "/dev/stdin");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdin")));
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("stdin-restore.txt").toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            Files.copy(json, in); // a pipe, not a file: no seeking
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("stdin-restore.txt"));
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("restored ").doesNotContain("Illegal seek", "restored 0 articles");
    }

    @Test
    void doctorFlagsTheDatesAndCountriesAnOlderRestoreTookAsGiven() throws Exception {
        Path old = dir.resolve("older-library");
        ObjectNode a = article(9000);
        a.putArray("regions").addObject().put("code", "ZZ").put("score", 1.0).put("primary", true);
        try (dev.gazette.store.Library raw = dev.gazette.store.Library.open(old)) {
            raw.importJson(new java.io.ByteArrayInputStream(document(List.of(a)))); // the store's own entry: no country check
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old.resolve("gazette.db"));
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE article SET published = '9999-99-99'"); // as a restore before these checks stored it
        }
        CliRun doctor = CliRun.inLibrary(old, "doctor");
        assertThat(doctor.status()).isEqualTo(1);
        assertThat(doctor.out() + doctor.err()).contains("\"9999-99-99\" is not a real date", "\"ZZ\" is not a known country");
    }

    // ---- output targets ----------------------------------------------------------------------

    private static void exportRefused(Path target, String... words) throws Exception {
        String before = exported();
        CliRun r = run("export", "--out", target.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(words).contains("nothing was written").doesNotContain("\tat ");
        assertThat(exported()).isEqualTo(before);
        assertSound();
    }

    @Test
    void exportNeverWritesOverTheLibraryAFolderAFifoASymlinkOrAnExistingFile() throws Exception {
        exportRefused(library.resolve("gazette.db"), "inside the library folder");
        CliRun forced = run("export", "--force", "--out", library.resolve("gazette.db").toString());
        assertThat(forced.status()).isEqualTo(1);
        assertSound();
        exportRefused(Files.createDirectories(dir.resolve("folder")), "is a directory");
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        exportRefused(Files.createSymbolicLink(dir.resolve("link.json"), victim), "symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        Path existing = Files.writeString(dir.resolve("existing.json"), "old");
        exportRefused(existing, "already exists", "--force");
        assertThat(Files.readString(existing)).isEqualTo("old");
        exportRefused(dir.resolve("missing/out.json"), "no such folder");
        Process mk = new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start();
        if (mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0) {
            exportRefused(dir.resolve("fifo"), "not a regular file");
        }
        CliRun replaced = run("export", "--force", "--out", existing.toString());
        assertThat(replaced.status()).as(replaced.err()).isZero();
        assertThat(Files.readString(existing)).startsWith("{\"format\":\"gazette-library\"");
    }
}
