package dev.gazette.ui;

import dev.gazette.model.Highlight;
import dev.gazette.service.ArticleView;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.event.Event;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns what a person selected in the reader into a highlight, and scrolls the reader to a
 * highlight. JavaScript stays disabled in the reader, so the selection is read the way a
 * person would take it: the reader's own copy shortcut is fired at it and the text is read
 * from the clipboard (whose earlier content is put back). The text is then found in the
 * article's plain text by the service, which anchors it by quote. Scrolling uses the page's
 * W3C DOM. JavaFX thread only.
 */
public final class HighlightController {

    private static final String SENTINEL = "\u0000gazette-no-selection\u0000";

    private final AnnotationsViewModel annotations;
    private final WebView reader;
    private final Supplier<ArticleView> current;
    private long pendingScroll = -1;

    HighlightController(AnnotationsViewModel annotations, WebView reader, Supplier<ArticleView> current) {
        this.annotations = annotations;
        this.reader = reader;
        this.current = current;
        reader.getEngine().getLoadWorker().stateProperty().addListener((obs, o, state) -> {
            if (state == Worker.State.SUCCEEDED && pendingScroll >= 0) {
                long id = pendingScroll;
                pendingScroll = -1;
                Platform.runLater(() -> scrollTo(id));
            }
        });
    }

    /** The reader's selected text, copied through the clipboard; empty when nothing is selected. */
    public Optional<String> selectedText() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Map<DataFormat, Object> saved = new HashMap<>();
        for (DataFormat f : clipboard.getContentTypes()) {
            Object content = clipboard.getContent(f);
            if (content != null) {
                saved.put(f, content);
            }
        }
        ClipboardContent marker = new ClipboardContent();
        marker.putString(SENTINEL);
        clipboard.setContent(marker);
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
        for (javafx.event.EventType<KeyEvent> type : java.util.List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            Event.fireEvent(reader, new KeyEvent(type, "", "", KeyCode.C, false, !mac, false, mac));
        }
        String copied = clipboard.getString();
        try {
            if (saved.isEmpty()) {
                clipboard.clear();
            } else {
                clipboard.setContent(saved);
            }
        } catch (RuntimeException ignored) {
            // some formats cannot be put back; the text we copied is what matters
        }
        if (copied == null || copied.equals(SENTINEL) || copied.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(copied);
    }

    /**
     * Highlights the reader's selection in the given colour; done(highlight or null) runs on
     * the JavaFX thread afterwards (null: nothing selected, or the text was not found).
     */
    public void highlightSelection(String colour, String note, Consumer<Highlight> done) {
        ArticleView view = current.get();
        Optional<String> selected = selectedText();
        if (view == null || selected.isEmpty()) {
            done.accept(null);
            return;
        }
        long id = view.id();
        String text = selected.get();
        annotations.highlightText(id, text, colour, note, done);
    }

    /** Scrolls to the highlight once the reader's next page has loaded. */
    public void scrollAfterLoad(long highlightId) {
        pendingScroll = highlightId;
        if (reader.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && reader.getEngine().getDocument() != null
                && reader.getEngine().getDocument().getElementById("hl-" + highlightId) != null) {
            pendingScroll = -1;
            scrollTo(highlightId);
        }
    }

    /**
     * Scrolls the reader so that the highlight's mark is in view; false when the page has no
     * such mark (orphaned, or another article is shown).
     */
    public boolean scrollTo(long highlightId) {
        org.w3c.dom.Document doc = reader.getEngine().getDocument();
        if (doc == null) {
            return false;
        }
        org.w3c.dom.Element mark = doc.getElementById("hl-" + highlightId);
        if (mark == null) {
            return false;
        }
        try {
            // WebKit's DOM elements offer scrollIntoView; W3C's interfaces do not name it
            mark.getClass().getMethod("scrollIntoView", boolean.class).invoke(mark, true);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
