package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetHandlingTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("russian-1251", SampleTexts.RUSSIAN, "windows-1251"),
                Arguments.of("russian-koi8", SampleTexts.RUSSIAN, "KOI8-R"),
                Arguments.of("russian-utf8", SampleTexts.RUSSIAN, "UTF-8"),
                Arguments.of("greek-1253", SampleTexts.GREEK, "windows-1253"),
                Arguments.of("greek-8859-7", SampleTexts.GREEK, "ISO-8859-7"),
                Arguments.of("arabic-1256", SampleTexts.ARABIC, "windows-1256"),
                Arguments.of("arabic-utf8", SampleTexts.ARABIC, "UTF-8"),
                Arguments.of("japanese-sjis", SampleTexts.JAPANESE, "Shift_JIS"),
                Arguments.of("japanese-eucjp", SampleTexts.JAPANESE, "EUC-JP"),
                Arguments.of("chinese-gb18030", SampleTexts.CHINESE, "GB18030"),
                Arguments.of("korean-euckr", SampleTexts.KOREAN, "EUC-KR"),
                Arguments.of("french-latin1", SampleTexts.FRENCH, "ISO-8859-1"),
                Arguments.of("german-latin1", SampleTexts.GERMAN, "ISO-8859-1"),
                Arguments.of("german-utf8", SampleTexts.GERMAN, "UTF-8"),
                Arguments.of("polish-utf8", SampleTexts.POLISH, "UTF-8"),
                Arguments.of("turkish-utf8", SampleTexts.TURKISH, "UTF-8"));
    }

    static Stream<Arguments> declaredOnly() {
        return Stream.of(
                Arguments.of("polish-1250", SampleTexts.POLISH, "windows-1250"),
                Arguments.of("polish-8859-2", SampleTexts.POLISH, "ISO-8859-2"),
                Arguments.of("turkish-1254", SampleTexts.TURKISH, "windows-1254"),
                Arguments.of("turkish-8859-9", SampleTexts.TURKISH, "ISO-8859-9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredOnly")
    void declaredCentralEuropeanAndTurkishCharsetsAreKept(String name, String text, String charset) throws IOException {
        Path file = write(name + ".html", SampleTexts.page("Test", text, charset).getBytes(Charset.forName(charset)));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).contains(text);
        assertThat(doc.charset()).isEqualToIgnoringCase(charset);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void declaredCharsetDecodesHtml(String name, String text, String charset) throws IOException {
        Path file = write(name + ".html", SampleTexts.page("Test", text, charset).getBytes(Charset.forName(charset)));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).contains(text);
        assertThat(doc.charset()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void undeclaredCharsetIsDetectedInHtml(String name, String text, String charset) throws IOException {
        Path file = write(name + ".htm", SampleTexts.page("Test", text, null).getBytes(Charset.forName(charset)));
        assertThat(loader.load(file).get(0).content()).contains(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void undeclaredCharsetIsDetectedInText(String name, String text, String charset) throws IOException {
        Path file = write(name + ".txt", (text + "\n\n" + text + "\n").getBytes(Charset.forName(charset)));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).contains(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void httpEquivDeclarationIsRead(String name, String text, String charset) throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset
                + "\"><title>t</title></head><body><p>" + text + "</p></body></html>";
        Path file = write(name + ".html", html.getBytes(Charset.forName(charset)));
        assertThat(loader.load(file).get(0).content()).contains(text);
    }

    @Test
    void xmlDeclarationIsRead() throws IOException {
        String xhtml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>" + SampleTexts.RUSSIAN + "</p></body></html>";
        Path file = write("page.xhtml", xhtml.getBytes(Charset.forName("windows-1251")));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).contains(SampleTexts.RUSSIAN);
        assertThat(doc.charset()).isEqualTo("windows-1251");
    }

    @Test
    void latin1DeclarationOnUtf8BytesIsOverruled() throws IOException {
        Path file = write("wrong.html", SampleTexts.page("t", SampleTexts.FRENCH, "iso-8859-1")
                .getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).contains(SampleTexts.FRENCH);
        assertThat(doc.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf8DeclarationOnWindows1251BytesIsOverruled() throws IOException {
        Path file = write("wrong.html", SampleTexts.page("t", SampleTexts.RUSSIAN, "utf-8")
                .getBytes(Charset.forName("windows-1251")));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).contains(SampleTexts.RUSSIAN);
        assertThat(doc.charset()).isEqualTo("windows-1251");
    }

    @Test
    void latin1DeclarationOnCyrillicBytesIsOverruled() throws IOException {
        Path file = write("wrong.html", SampleTexts.page("t", SampleTexts.RUSSIAN, "iso-8859-1")
                .getBytes(Charset.forName("windows-1251")));
        assertThat(loader.load(file).get(0).content()).contains(SampleTexts.RUSSIAN);
    }

    @Test
    void latin1DeclarationOnCyrillicIsOverruledEvenInMarkupHeavyPages() throws IOException {
        String script = "<script>var x = 'analytics tracking code with plenty of ascii letters';</script>\n".repeat(300);
        String html = "<html><head><meta charset=\"iso-8859-1\">" + script + "</head><body><p>"
                + SampleTexts.RUSSIAN + "</p></body></html>";
        Path file = write("heavy.html", html.getBytes(Charset.forName("windows-1251")));
        assertThat(loader.load(file).get(0).content()).contains(SampleTexts.RUSSIAN);
    }

    @Test
    void cyrillicDeclarationOnLatinTextIsOverruled() throws IOException {
        for (String text : new String[]{SampleTexts.FRENCH, SampleTexts.GERMAN}) {
            Path file = write("latin-as-cyrillic.html", SampleTexts.page("t", text, "windows-1251")
                    .getBytes(Charset.forName("windows-1252")));
            SourceDocument doc = loader.load(file).get(0);
            assertThat(doc.content()).contains(text);
        }
    }

    @Test
    void greekDeclarationOnGreekTextIsKept() throws IOException {
        Path file = write("greek.html", SampleTexts.page("Ειδήσεις", SampleTexts.GREEK, "windows-1253")
                .getBytes(Charset.forName("windows-1253")));
        SourceDocument doc = loader.load(file).get(0);
        assertThat(doc.content()).contains(SampleTexts.GREEK);
        assertThat(doc.charset()).isEqualTo("windows-1253");
    }

    @Test
    void unknownDeclaredCharsetFallsBackToDetection() throws IOException {
        Path file = write("odd.html", SampleTexts.page("t", SampleTexts.GERMAN, "x-no-such-charset")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(loader.load(file).get(0).content()).contains(SampleTexts.GERMAN);
    }

    @Test
    void utf16WithBomIsRead() throws IOException {
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (cs == StandardCharsets.UTF_16LE) {
                out.write(0xff);
                out.write(0xfe);
            } else {
                out.write(0xfe);
                out.write(0xff);
            }
            out.writeBytes(SampleTexts.page("t", SampleTexts.GREEK, "utf-16").getBytes(cs));
            Path file = write("bom-" + cs.name() + ".html", out.toByteArray());
            SourceDocument doc = loader.load(file).get(0);
            assertThat(doc.content()).contains(SampleTexts.GREEK).doesNotStartWith("\ufeff");
            assertThat(doc.charset()).isEqualTo(cs.name());
        }
    }

    @Test
    void utf16WithoutBomIsRecognised() throws IOException {
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path html = write("nobom-" + cs.name() + ".html", SampleTexts.page("t", SampleTexts.RUSSIAN, null).getBytes(cs));
            assertThat(loader.load(html).get(0).content()).contains(SampleTexts.RUSSIAN);
            Path txt = write("nobom-" + cs.name() + ".txt", ("Note: " + SampleTexts.FRENCH).getBytes(cs));
            assertThat(loader.load(txt).get(0).content()).contains(SampleTexts.FRENCH);
        }
    }

    @Test
    void utf8BomIsRemoved() throws IOException {
        byte[] body = SampleTexts.GERMAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceDocument doc = loader.load(write("bom.txt", bytes)).get(0);
        assertThat(doc.content()).isEqualTo(SampleTexts.GERMAN);
        assertThat(doc.charset()).isEqualTo("UTF-8");
    }

    @Test
    void invalidUtf8BytesBecomeReplacementCharacters() throws IOException {
        byte[] good = SampleTexts.RUSSIAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xc3; // a lone lead byte and a stray continuation byte
        bytes[good.length + 1] = (byte) 0x28;
        SourceDocument doc = loader.load(write("broken.txt", bytes)).get(0);
        assertThat(doc.content()).startsWith(SampleTexts.RUSSIAN);
        assertThat(doc.charset()).isEqualTo("UTF-8");
    }

    @Test
    void sevenBitIso2022JpIsDetectedAndDeclaredInMail() throws IOException {
        Charset jis = Charset.forName("ISO-2022-JP");
        Path txt = write("jis.txt", (SampleTexts.JAPANESE + "\n" + SampleTexts.JAPANESE).getBytes(jis));
        assertThat(loader.load(txt).get(0).content()).contains(SampleTexts.JAPANESE);
        byte[] body = SampleTexts.JAPANESE.getBytes(jis);
        byte[] head = ("From: =?ISO-2022-JP?B?GyRCJUslZSE8JTkbKEI=?= <news@kita.example>\r\nSubject: test\r\n"
                + "Content-Type: text/plain; charset=ISO-2022-JP\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] mail = new byte[head.length + body.length];
        System.arraycopy(head, 0, mail, 0, head.length);
        System.arraycopy(body, 0, mail, head.length, body.length);
        SourceDocument doc = loader.load(write("jis.eml", mail)).get(0);
        assertThat(doc.content()).contains(SampleTexts.JAPANESE);
        assertThat(doc.hints()).containsEntry("sender", "ニュース");
    }

    @Test
    void tooLongTextIsCutAtTheContentLimit() {
        String big = "a".repeat(IngestLimits.MAX_CONTENT_CHARS - 1) + "\ud83d\ude00" + "b";
        String cut = TextDecoder.cap(big);
        assertThat(cut.length()).isEqualTo(IngestLimits.MAX_CONTENT_CHARS - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void asciiOnlyTextIsUtf8() throws IOException {
        SourceDocument doc = loader.load(write("plain.txt", "Plain words only.".getBytes(StandardCharsets.US_ASCII))).get(0);
        assertThat(doc.charset()).isEqualTo("UTF-8");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
