package dev.gazette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** gazette dossier / highlight / note on a library of the sample articles. */
class DossierCommandTest {

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.inLibrary(tmp.resolve("lib"), args);
    }

    @Test
    void highlightNoteAndDossierFromTheCommandLine() throws Exception {
        CliRun imported = run("import", "samples");
        assertThat(imported.status()).as(imported.err() + imported.out()).isZero();
        CliRun list = run("list", "Nairobi", "--json");
        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.out()).get(0).get("id").asLong();
        String body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run("show", String.valueOf(id), "--json").out()).toString();
        assertThat(body).isNotEmpty();

        CliRun add = run("highlight", "add", String.valueOf(id), "--text", "Nairobi", "--colour", "pink", "--note", "city");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("highlight ");
        assertThat(run("highlight", "add", String.valueOf(id), "--text", "no such words anywhere here").status()).isEqualTo(1);
        assertThat(run("highlight", "add", String.valueOf(id), "--text", "Nairobi", "--colour", "purple").status()).isEqualTo(2);

        CliRun hl = run("highlight", "list", "has:highlight");
        assertThat(hl.out()).contains("pink", "\u201cNairobi\u201d", "— city");
        assertThat(run("note", String.valueOf(id), "--set", "Water *rationing* timeline").status()).isZero();
        assertThat(run("note", String.valueOf(id)).out()).contains("Water *rationing* timeline");
        assertThat(run("list", "has:note").out()).contains("Nairobi");

        Path epub = java.nio.file.Files.createDirectories(tmp.resolve("out")).resolve("nairobi.epub");
        CliRun dossier = run("dossier", "--query", "has:highlight", "--out", epub.toString());
        assertThat(dossier.status()).as(dossier.err()).isZero();
        assertThat(dossier.out()).contains("1 article, 1 highlight");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
            assertThat(new String(zip.getInputStream(zip.getEntry("OEBPS/chapter-001.xhtml")).readAllBytes()))
                    .contains("hl-pink", "rationing");
        }
        Path md = tmp.resolve("out/all.md");
        assertThat(run("dossier", "--out", md.toString()).status()).isZero();
        assertThat(Files.readString(md)).contains("==Nairobi==");
        assertThat(run("dossier", "--out", tmp.resolve("x.pdf").toString()).status()).isEqualTo(2);

        long hid = Long.parseLong(add.out().split("[ :]")[1]);
        assertThat(run("highlight", "delete", String.valueOf(hid)).status()).isZero();
        assertThat(run("highlight", "delete", String.valueOf(hid)).status()).isEqualTo(1);
    }
}
