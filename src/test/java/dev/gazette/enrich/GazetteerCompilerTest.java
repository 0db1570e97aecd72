package dev.gazette.enrich;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerCompilerTest {

    private static List<byte[]> shippedTexts() throws IOException {
        List<byte[]> sources = new ArrayList<>();
        for (String r : GazetteerCompiler.RESOURCES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(r)) {
                sources.add(in.readAllBytes());
            }
        }
        return sources;
    }

    private static List<Gazetteer.Entry> lookup(Gazetteer g, String term) {
        Tokens t = Tokens.of(term);
        Gazetteer.Node node = g.root();
        for (int i = 0; i < t.size && node != null; i++) {
            node = node.child(t.key(i));
        }
        return node == null ? List.of() : node.entries();
    }

    @Test
    void theBuildShipsACompiledGazetteerMadeFromTheShippedTexts() throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(GazetteerCompiler.OUTPUT)) {
            assertThat(in).as("gazetteer.bin on the class path (the build's process-classes step)").isNotNull();
            byte[] shipped = in.readAllBytes();
            assertThat(shipped).isEqualTo(GazetteerCompiler.compile(shippedTexts()));
        }
    }

    @Test
    void everyTermOfTheTextsIsFoundWithItsCodeAndFlags() throws IOException {
        Gazetteer g = Gazetteer.standard();
        int checked = 0;
        for (byte[] source : shippedTexts()) {
            for (String line : new String(source, StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || f[1].equals("display")) {
                    continue;
                }
                TermKind kind = TermKind.parse(f[1]);
                for (String raw : f[2].split("\\|")) {
                    String term = raw.replaceFirst("^[=~^,]+", "");
                    if (Tokens.of(term).size == 0) {
                        continue;
                    }
                    assertThat(lookup(g, term)).as(f[0] + " " + raw)
                            .anySatisfy(e -> {
                                assertThat(e.code()).isEqualTo(f[0]);
                                assertThat(e.kind()).isEqualTo(kind);
                            });
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(15_000);
        Gazetteer.Entry us = lookup(g, "US").stream().filter(e -> e.code().equals("US")).findFirst().orElseThrow();
        assertThat(us.exactTokens()).containsExactly("US");
        assertThat(lookup(g, "no such place anywhere")).isEmpty();
        assertThat(lookup(g, "Georgia").get(0).code()).as("the first listed meaning stays the default").isEqualTo("GE");
    }

    @Test
    void anEditedTextTakesEffectAndChangesTheChecksum() throws IOException {
        List<byte[]> texts = shippedTexts();
        List<byte[]> edited = new ArrayList<>(texts);
        edited.set(0, (new String(texts.get(0), StandardCharsets.UTF_8)
                + "\nVE\tcity\tPuerto Inventado\nVE\tname\t=Venezuelita\n").getBytes(StandardCharsets.UTF_8));
        assertThat(GazetteerCompiler.checksum(edited)).isNotEqualTo(GazetteerCompiler.checksum(texts));
        Gazetteer g = Gazetteer.compiled(edited);
        assertThat(lookup(g, "Puerto Inventado")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(TermKind.CITY));
        assertThat(lookup(g, "Venezuelita").get(0).exactTokens()).containsExactly("Venezuelita");
        assertThat(g.codeOfName("venezuelita")).isEqualTo("VE");
        assertThat(g.termCount()).isEqualTo(Gazetteer.standard().termCount() + 2);
        assertThat(lookup(Gazetteer.standard(), "Puerto Inventado")).isEmpty();
    }

    @Test
    void namesAndDisplayNamesComeThrough() {
        Gazetteer g = Gazetteer.standard();
        assertThat(g.displayNames()).containsEntry("VE", "Venezuela");
        assertThat(g.codeOfName("venezuela")).isEqualTo("VE");
        assertThat(g.codeOfName("deutschland")).isEqualTo("DE");
        assertThat(g.codeOfName("no such country")).isNull();
    }
}
