package dev.gazette.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.enrich.Geography;
import dev.gazette.ingest.DocumentLoader;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.service.ExtractionPipeline;
import dev.gazette.service.PreparedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Prints what Gazette finds in files without importing anything: one JSON object keyed by each
 * file's name without extensions. This output is a contract other tools rely on.
 */
@Command(name = "extract", description = "Print the extracted article of each file as JSON; imports nothing.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON output (the only output form; accepted for clarity).")
    boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, or folders meaning every supported file directly in them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        ExtractionPipeline pipeline = new ExtractionPipeline();
        Geography geography = Geography.standard();
        ObjectNode result = Json.object();
        boolean failed = false;
        for (Path file : expand(pipeline)) {
            String key = uniqueKey(result, DocumentLoader.articleKey(file.getFileName().toString()));
            try {
                List<PreparedArticle> prepared = pipeline.prepare(file);
                if (prepared.isEmpty()) {
                    result.set(key, Json.object().put("error", "no article found in the file"));
                    failed = true;
                }
                for (int i = 0; i < prepared.size(); i++) {
                    String k = i == 0 ? key : uniqueKey(result, key + "-" + (i + 1));
                    result.set(k, toJson(prepared.get(i), geography));
                }
            } catch (IOException e) {
                result.set(key, Json.object().put("error", e.getMessage() == null ? e.toString() : e.getMessage()));
                failed = true;
            } catch (RuntimeException | StackOverflowError e) {
                result.set(key, Json.object().put("error", "could not be read: " + e));
                failed = true;
            }
        }
        spec.commandLine().getOut().println(Json.write(result));
        return failed ? 1 : 0;
    }

    private List<Path> expand(ExtractionPipeline pipeline) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(pipeline::isArticleFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static String uniqueKey(ObjectNode result, String key) {
        String k = key;
        for (int i = 2; result.has(k); i++) {
            k = key + "-" + i;
        }
        return k;
    }

    static ObjectNode toJson(PreparedArticle p, Geography geography) {
        ExtractedArticle a = p.article();
        RegionAssessment r = p.regions();
        ObjectNode node = Json.object();
        node.put("title", a.title());
        node.put("published", a.published());
        node.put("source", a.source());
        node.put("site", a.site());
        node.put("author", a.author());
        node.put("language", a.language());
        node.put("url", a.url() != null ? a.url() : p.document().url());
        node.put("articleBody", a.bodyText());
        node.put("dateline", a.dateline());
        ArrayNode countries = node.putArray("countries");
        r.codes().forEach(countries::add);
        node.put("primaryCountry", r.primaryCountry());
        String region = r.subRegion() != null ? r.subRegion()
                : r.primaryCountry() == null ? null : geography.subRegion(r.primaryCountry());
        node.put("region", region);
        return node;
    }
}
