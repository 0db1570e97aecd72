package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.extract.ArticleExtractor;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Body-extraction benchmark: F1, precision, recall, the worst pages and pages/second on
 * {@code corpus/extraction-dev} (HTML) or {@code corpus/text-dev} (pasted text, also re-pasted
 * with blank lines between blocks or hard-wrapped at 70 columns), and, for HTML when
 * {@code target/readability4j-lib} exists (profile {@code readability4j}), Readability4J 1.0.8
 * on the same pages in the same run, loaded in an isolated class loader.
 *
 * <pre>
 * mvn -q -Preadability4j test-compile exec:java -Dexec.mainClass=dev.gazette.bench.ExtractionBenchmark \
 *     -Dgazette.shared=/work/shared -Dexec.args="--mode html --predictions target/pred.json"
 * </pre>
 * Modes: html, text, text-blank, text-wrap (wrapped, blank line between blocks), text-wrap-tight
 * (wrapped, no blank lines); bodies-html and bodies-text ({@code corpus/bodies-dev}, 1,280 pages).
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = "html";
        String predictions = null;
        int worst = 10;
        boolean readability = true;
        Path shared = Path.of(System.getProperty("gazette.shared", "../shared"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = args[++i];
                case "--predictions" -> predictions = args[++i];
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--no-readability" -> readability = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Pages pages = load(shared, mode);
        if (pages == null) {
            System.out.println("corpus not found under " + shared.resolve("corpus").toAbsolutePath() + " (set -Dgazette.shared)");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> inputs = pages.inputs();
        Map<String, String> truths = pages.truths();
        Function<String, String> ours = ours(mode);
        System.out.printf("mode %s, %d pages%n", mode, inputs.size());
        Run mine = run("gazette", ours, inputs, truths, worst);
        if (predictions != null) {
            ObjectNode out = json.createObjectNode();
            mine.predicted.forEach((id, body) -> out.putObject(id).put("articleBody", body));
            json.writerWithDefaultPrettyPrinter().writeValue(Path.of(predictions).toFile(), out);
            System.out.println("predictions written to " + predictions);
        }
        Path lib = Path.of("target/readability4j-lib");
        if (mode.endsWith("html") && readability) {
            Function<String, String> theirs = readability4j(lib);
            if (theirs == null) {
                System.out.println("Readability4J not compared: run with -Preadability4j to copy it into " + lib);
            } else {
                Run other = run("readability4j-1.0.8", theirs, inputs, truths, 0);
                System.out.printf("time ratio gazette/readability4j (warm): %.2f%n", mine.seconds / other.seconds);
            }
        }
    }

    /** The inputs (page id to HTML or pasted text) of a mode and the true bodies. */
    record Pages(Map<String, String> inputs, Map<String, String> truths) {
    }

    /** The pages of {@code mode} (html, text, text-blank, text-wrap, text-wrap-tight), or null when the corpus is absent. */
    static Pages load(Path shared, String mode) throws IOException {
        Path corpus = shared.resolve("corpus");
        if (mode.startsWith("bodies-")) {
            return loadBodies(corpus.resolve("bodies-dev"), mode.equals("bodies-html"));
        }
        Path truthFile = corpus.resolve("extraction-dev/ground-truth.json");
        if (!Files.exists(truthFile)) {
            return null;
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> truths = new LinkedHashMap<>();
        Iterator<String> ids = truth.fieldNames();
        while (ids.hasNext()) {
            String id = ids.next();
            Path text = corpus.resolve("text-dev/" + id + ".txt");
            String input = mode.equals("html") ? readGz(corpus.resolve("extraction-dev/html/" + id + ".html.gz"))
                    : Files.exists(text) ? transform(Files.readString(text), mode) : null;
            if (input == null) {
                continue;
            }
            inputs.put(id, input);
            truths.put(id, truth.get(id).path("articleBody").asText(""));
        }
        return new Pages(inputs, truths);
    }

    /** bodies-dev: each page's HTML ({@code html}) or its pasted text, and the true bodies; null when absent. */
    private static Pages loadBodies(Path dir, boolean html) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.exists(truthFile)) {
            return null;
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> truths = new LinkedHashMap<>();
        for (String id : CommandOutput.ids(truth)) {
            Path text = dir.resolve("text/" + id + ".txt");
            String input = html ? readGz(dir.resolve("html/" + id + ".html.gz"))
                    : Files.exists(text) ? decode(Files.readAllBytes(text)) : null;
            if (input != null) {
                inputs.put(id, input);
                truths.put(id, truth.get(id).path("articleBody").asText(""));
            }
        }
        return new Pages(inputs, truths);
    }

    /** Gazette's body of one input of {@code mode}. */
    static Function<String, String> ours(String mode) {
        SourceFormat format = mode.endsWith("html") ? SourceFormat.HTML : SourceFormat.TEXT;
        ArticleExtractor extractor = new ArticleExtractor();
        return in -> {
            ExtractedArticle a = extractor.extract(SourceDocument.of("page", format, in));
            return a.bodyText() == null ? "" : a.bodyText();
        };
    }

    /** Every page's predicted body, the seconds the pass took and the score. */
    record Run(Map<String, String> predicted, double seconds, ExtractionMetric metric) {
    }

    private static Run run(String name, Function<String, String> extractor, Map<String, String> inputs,
                           Map<String, String> truths, int worst) {
        // warm-up pass, then a timed pass over the same pages
        for (String in : inputs.values()) {
            extractor.apply(in);
        }
        Run measured = measure(extractor, inputs, truths);
        double seconds = measured.seconds();
        ExtractionMetric metric = measured.metric();
        System.out.printf("%-20s F1 %.4f  precision %.4f  recall %.4f  %.1f pages/s (%.2f s warm)%n", name,
                metric.f1(), metric.precision(), metric.recall(), inputs.size() / seconds, seconds);
        if (worst > 0) {
            List<ExtractionMetric.PageScore> pages = new ArrayList<>(metric.pages());
            pages.sort(Comparator.comparingDouble(ExtractionMetric.PageScore::f1));
            System.out.println("worst pages:");
            for (int i = 0; i < Math.min(worst, pages.size()); i++) {
                ExtractionMetric.PageScore s = pages.get(i);
                System.out.printf("  %s  F1 %.3f  P %s  R %s  (tp %d fp %d fn %d)%n", s.id(), s.f1(),
                        fmt(s.precision()), fmt(s.recall()), s.tp(), s.fp(), s.fn());
            }
        }
        return measured;
    }

    /** One timed pass: each input's body (empty when the extractor throws), scored against its truth. */
    static Run measure(Function<String, String> extractor, Map<String, String> inputs, Map<String, String> truths) {
        Map<String, String> predicted = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            String p;
            try {
                p = extractor.apply(e.getValue());
            } catch (RuntimeException ex) {
                p = "";
            }
            predicted.put(e.getKey(), p);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ExtractionMetric metric = new ExtractionMetric();
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            metric.add(e.getKey(), e.getValue(), truths.get(e.getKey()));
        }
        return new Run(predicted, seconds, metric);
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format("%.3f", d);
    }

    /** Readability4J through its own class loader (it needs an old jsoup), or null when absent. */
    static Function<String, String> readability4j(Path lib) {
        try {
            if (!Files.isDirectory(lib)) {
                return null;
            }
            List<URL> urls = new ArrayList<>();
            try (var files = Files.list(lib)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (p.toString().endsWith(".jar")) {
                        urls.add(p.toUri().toURL());
                    }
                }
            }
            if (urls.isEmpty()) {
                return null;
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> cls = Class.forName("net.dankito.readability4j.Readability4J", true, loader);
            var ctor = cls.getConstructor(String.class, String.class);
            Method parse = cls.getMethod("parse");
            Class<?> articleCls = Class.forName("net.dankito.readability4j.Article", true, loader);
            Method text = articleCls.getMethod("getTextContent");
            return html -> {
                try {
                    Object r = ctor.newInstance("https://example.com/", html);
                    Object article = parse.invoke(r);
                    Object t = text.invoke(article);
                    return t == null ? "" : t.toString();
                } catch (ReflectiveOperationException e) {
                    return "";
                }
            };
        } catch (IOException | ReflectiveOperationException e) {
            System.out.println("cannot load Readability4J: " + e);
            return null;
        }
    }

    static String readGz(Path p) throws IOException {
        if (!Files.exists(p)) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            byte[] bytes = out.toByteArray();
            return decode(bytes);
        }
    }

    /** UTF-8 unless the page declares another charset in its first bytes. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // not UTF-8: use the declared charset
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset=[\"']?([\\w-]+)").matcher(head);
        if (m.find()) {
            try {
                return new String(bytes, java.nio.charset.Charset.forName(m.group(1)));
            } catch (RuntimeException e) {
                // unknown charset name: fall through to UTF-8
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Re-pastes a one-block-a-line text in another style. */
    static String transform(String text, String mode) {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        return switch (mode) {
            case "text" -> text;
            case "text-blank" -> String.join("\n\n", lines);
            case "text-wrap" -> wrapAll(lines, "\n\n");
            case "text-wrap-tight" -> wrapAll(lines, "\n");
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    }

    private static String wrapAll(String[] lines, String separator) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                out.add(wrap(l.strip(), 70));
            }
        }
        return String.join(separator, out);
    }

    /** Greedy wrap at {@code width} columns, as text editors and mail programs do. */
    static String wrap(String line, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : line.split(" +")) {
            if (col > 0 && col + 1 + word.length() > width) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }
}
