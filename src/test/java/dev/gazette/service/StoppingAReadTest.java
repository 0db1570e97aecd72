package dev.gazette.service;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.ImportOutcome.Status;
import dev.gazette.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a file's worker really stops when it is given up on, an oversized page is read with
 * limits and says so, and a file already in the library is known before it is extracted.
 */
class StoppingAReadTest {

    @TempDir
    Path tmp;

    private Path linksPage(String name, long size) throws Exception {
        Path file = tmp.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Site map</title></head><body><article><h1>Site map</h1>"
                    + "<p>Every section of the fictional site, listed for the archive of its readers.</p><ul>");
            long written = 0;
            for (int i = 0; written < size; i++) {
                String li = "<li><a href=\"/s/" + i + "\">Section " + i + "</a></li>";
                w.write(li);
                written += li.length();
            }
            w.write("</ul></article></body></html>");
        }
        return file;
    }

    @Test
    void anInterruptedReadStopsWithinSecondsInsteadOfRunningOn() throws Exception {
        Path page = linksPage("links.html", 12L * 1024 * 1024);
        ExtractionPipeline pipeline = new ExtractionPipeline();
        byte[] bytes = Files.readAllBytes(page);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                pipeline.prepare(page, bytes, Integer.MAX_VALUE);
                ended.set(new AssertionError("finished without stopping"));
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        worker.start();
        Thread.sleep(300);
        long interrupted = System.nanoTime();
        worker.interrupt();
        worker.join(10_000);
        assertThat(worker.isAlive()).as("the worker is still running 10 s after it was told to stop").isFalse();
        System.out.println("stopped " + (System.nanoTime() - interrupted) / 1_000_000 + " ms after the interrupt");
        // either it was caught mid-parse or between steps; it never completes as if nothing happened
        assertThat(ended.get()).isInstanceOfAny(CancellationException.class, AssertionError.class);
        assertThat(ended.get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void aPageTooLargeForTheMemoryBudgetIsImportedWithWhatFitsAndSaysSo() throws Exception {
        Path page = linksPage("huge links.html", 2L * 1024 * 1024);
        try (Library library = Library.open(tmp.resolve("lib"))) {
            // a budget so small that only the first million characters of a page are read
            ImportService service = new ImportService(library, new ExtractionPipeline(), 2,
                    ImportMemory.ofCapacity(4L * 1024 * 1024));
            ImportReport report = service.run(List.of(page), new ImportListener() {
            }, new AtomicBoolean());
            ImportOutcome o = report.outcomes().get(0);
            assertThat(o.status()).isEqualTo(Status.IMPORTED);
            assertThat(o.message()).startsWith("read the first ").contains(" of 2.0 MB");
            assertThat(library.article(o.articleId()).orElseThrow().content().title()).isEqualTo("Site map");
            // the original is kept whole all the same
            assertThat(library.original(o.articleId()).orElseThrow()).hasSize((int) Files.size(page));
        }
    }

    @Test
    void aFileAlreadyInTheLibraryIsKnownByItsBytesBeforeItIsExtracted() throws Exception {
        Path page = linksPage("small.html", 20_000);
        Path copy = Files.copy(page, tmp.resolve("same bytes, other name.html"));
        try (Library library = Library.open(tmp.resolve("lib"))) {
            ImportService service = new ImportService(library, new ExtractionPipeline(), 1);
            assertThat(service.run(List.of(page), new ImportListener() {
            }, new AtomicBoolean()).count(Status.IMPORTED)).isEqualTo(1);
            ImportReport again = service.run(List.of(copy), new ImportListener() {
            }, new AtomicBoolean());
            ImportOutcome o = again.outcomes().get(0);
            assertThat(o.status()).isEqualTo(Status.DUPLICATE);
            assertThat(o.message()).as("known by its bytes, not after extracting it").contains("the same file");
            assertThat(library.count(ArticleQuery.ALL)).isEqualTo(1);
            assertThat(library.sourceFiles(o.articleId())).hasSize(2);
        }
    }
}
