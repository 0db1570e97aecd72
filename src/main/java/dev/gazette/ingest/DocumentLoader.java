package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Reads saved article files of every supported format and decodes them to
 * {@link SourceDocument}s: HTML pages (also gzip-compressed, SingleFile and "Web page, complete"
 * saves), MHTML, plain text, Markdown clippings, saved e-mails and wallabag JSON exports.
 * See {@code docs/formats.md} for what is read from each.
 *
 * <p>Every file is read whole but bounded (files over 64 MB are refused, content is cut at
 * 32 M chars); binary files, empty files and damaged containers give an {@link IOException} whose
 * message is fit to show a person. Stateless and safe across threads.
 */
public final class DocumentLoader {

    /** True when the file's name says it is a format Gazette reads. */
    public boolean isSupported(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name != null && FileKind.of(name.toString()) != null;
    }

    /**
     * Reads one file. Most files give one document; an export file (wallabag JSON) gives one per
     * entry.
     *
     * @throws IOException with a message fit for a person when the file cannot be read or is not
     *                     an article
     */
    public List<SourceDocument> load(Path file) throws IOException {
        return load(file, readOriginal(file)); // readOriginal refuses an unsupported name first
    }

    /**
     * The file's bytes exactly as stored on disk (still compressed for a .gz page), read once and
     * bounded like {@link #load(Path)}: what the library keeps as the original.
     *
     * @throws IOException with a message fit for a person (not a supported type, too large,
     *                     missing, unreadable)
     */
    public byte[] readOriginal(Path file) throws IOException {
        kindOf(file);
        return BoundedReading.readFile(file, IngestLimits.MAX_FILE_BYTES);
    }

    /**
     * True when one file of this name may hold several articles (an export file): such a file is
     * not "the same article" just because its bytes are known.
     */
    public boolean holdsManyArticles(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name != null && FileKind.of(name.toString()) == FileKind.JSON_EXPORT;
    }

    /**
     * Reads one file from bytes already read with {@link #readOriginal(Path)}, so an importer
     * reads each file from disk once.
     */
    public List<SourceDocument> load(Path file, byte[] original) throws IOException {
        Path namePath = file.getFileName();
        String fileName = namePath == null ? file.toString() : namePath.toString();
        FileKind kind = kindOf(file);
        byte[] bytes = original;
        if (bytes.length == 0) {
            throw new IOException("the file is empty");
        }
        // a ".gz" page that is not compressed (some tools save it decoded) is read as it is
        if ((kind == FileKind.HTML_GZ || kind == FileKind.HTML) && BoundedReading.isGzip(bytes)) {
            bytes = BoundedReading.gunzip(bytes, IngestLimits.MAX_GUNZIPPED_BYTES);
            if (bytes.length == 0) {
                throw new IOException("the compressed page is empty");
            }
        }
        String binary = BinarySniffer.describe(bytes, TextDecoder.mayBeUtf16(bytes));
        if (binary != null) {
            throw new IOException("binary file (" + binary + "), not an article");
        }
        Instant modified = modified(file);
        FileInput in = new FileInput(file, fileName, bytes, modified);
        try {
            return switch (kind) {
                case HTML, HTML_GZ -> List.of(HtmlReader.read(in));
                case TEXT -> List.of(TextReader.read(in));
                case MHTML -> List.of(MhtmlReader.read(in));
                case MARKDOWN -> List.of(MarkdownReader.read(in));
                case EML -> List.of(EmlReader.read(in));
                case JSON_EXPORT -> WallabagReader.read(in);
            };
        } catch (IOException e) {
            throw e;
        } catch (StackOverflowError | RuntimeException e) {
            // a parser choking on malformed input: report, never crash the importer
            throw new IOException("could not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage())) + ")", e);
        }
    }

    private static FileKind kindOf(Path file) throws IOException {
        Path namePath = file.getFileName();
        FileKind kind = FileKind.of(namePath == null ? file.toString() : namePath.toString());
        if (kind == null) {
            throw new IOException("not a supported file type (Gazette reads "
                    + String.join(", ", supportedEndings()) + ")");
        }
        return kind;
    }

    /** The name a file is known by in {@code extract --json}: its name without extensions. */
    public static String articleKey(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The file name endings Gazette reads, lower case with their dot (".html", ".html.gz", ...). */
    public static List<String> supportedEndings() {
        return java.util.Arrays.stream(FileKind.values()).flatMap(k -> k.endings().stream()).toList();
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
