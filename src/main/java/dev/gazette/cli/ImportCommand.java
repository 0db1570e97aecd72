package dev.gazette.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportListener;
import dev.gazette.service.ImportProgress;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "import", description = {"Import files or folders (recursively) into the library.",
        "With --json, one JSON object a line for each file, to tie files to articles:",
        "  {\"file\": \"a.html\", \"status\": \"imported\", \"id\": 12, \"reason\": null}",
        "  status: imported, duplicate, skipped or failed; id: the article or null"})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    /** One JSON object a line for each file (file, status, id, reason). */
    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = library.out();
        PrintWriter err = library.err();
        boolean terminal = System.console() != null;
        AtomicBoolean cancel = new AtomicBoolean();
        Thread hook = new Thread(() -> cancel.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        try (LibraryService service = library.openLibrary()) {
            ImportReport report = service.importPaths(paths, new ImportListener() {
                @Override
                public void outcome(ImportOutcome o) {
                    if (terminal) {
                        err.print("\r\033[K");
                    }
                    out.println(json.on() ? jsonLine(o) : line(o));
                    out.flush();
                }

                @Override
                public void progress(ImportProgress p) {
                    if (terminal) {
                        err.print("\r" + ProgressBar.render(p, 30));
                        err.flush();
                    }
                }
            }, cancel);
            if (terminal) {
                err.print("\r\033[K");
            }
            // what the import passed over inside folders, each with the reason
            for (ImportOutcome o : report.passedOver()) {
                out.println(json.on() ? jsonLine(o) : line(o));
            }
            err.println(report.summary() + " in " + report.elapsed().toMillis() / 1000.0 + " s, library " + service.directory());
            err.flush();
            return report.anyFailed() ? 1 : 0;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already exiting
            }
        }
    }

    static String line(ImportOutcome o) {
        // file names, titles and messages may hold control characters: printed escaped, one line a file
        String file = TerminalText.line(o.file());
        String message = TerminalText.line(o.message());
        return switch (o.status()) {
            case IMPORTED -> o.message() != null && o.message().startsWith("copy of")
                    ? "copy      " + file + "  -> #" + o.articleId() + ", " + message + " " + TerminalText.title(o.title())
                    : "imported  " + file + "  -> #" + o.articleId() + " " + TerminalText.title(o.title())
                    + (o.message() == null ? "" : "  (" + message + ")");
            case UPDATED -> "updated   " + file + "  -> #" + o.articleId();
            case DUPLICATE -> "duplicate " + file + "  (" + message + ")";
            case SKIPPED -> "skipped   " + file + "  (" + message + ")";
            case FAILED -> "failed    " + file + "  (" + message + ")";
        };
    }

    /**
     * One file's outcome as one line of JSON: file, status (imported, duplicate, skipped or
     * failed; a file that updated an earlier import counts as imported, the reason says so),
     * the article's id or null, and the reason or null.
     */
    static String jsonLine(ImportOutcome o) {
        ObjectNode n = Json.object();
        n.put("file", o.file());
        n.put("status", switch (o.status()) {
            case IMPORTED, UPDATED -> "imported";
            case DUPLICATE -> "duplicate";
            case SKIPPED -> "skipped";
            case FAILED -> "failed";
        });
        if (o.articleId() > 0) {
            n.put("id", o.articleId());
        } else {
            n.putNull("id");
        }
        String reason = o.status() == ImportOutcome.Status.UPDATED && o.message() == null ? "updated an earlier import"
                : o.message();
        n.put("reason", reason);
        return Json.line(n);
    }
}
