package dev.gazette.ui;

import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import dev.gazette.service.SampleArticles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The sample articles offered on a library's first start ({@link MainViewModel#offerSamples}):
 * imported off the JavaFX thread while the status bar's note says so. Not instantiable.
 */
final class SampleOffer {

    private SampleOffer() {
    }

    /**
     * Imports the samples unless they were offered before; notice and importing (JavaFX
     * properties, set through ui) say what is happening. Completes when they are in.
     */
    static CompletableFuture<Void> offer(LibraryService service, Consumer<Runnable> ui, StringProperty notice,
                                         BooleanProperty importing) {
        boolean first = !SampleArticles.wasOffered(service);
        if (first) {
            importing.set(true);
            notice.set("Importing the sample articles…");
        }
        return CompletableFuture.runAsync(() -> {
            ImportReport r = SampleArticles.offerOnFirstStart(service);
            long n = r == null ? 0 : r.count(ImportOutcome.Status.IMPORTED);
            ui.accept(() -> {
                if (n > 0) {
                    notice.set("Added " + n + (n == 1 ? " sample article" : " sample articles")
                            + " to read and try things on");
                } else if (notice.get().startsWith("Importing the sample")) {
                    notice.set(""); // a library with articles but no marker: nothing was added
                }
            });
        }).whenComplete((r, e) -> ui.accept(() -> {
            importing.set(false);
            if (e != null && notice.get().startsWith("Importing the sample")) {
                notice.set("");
            }
        }));
    }
}
