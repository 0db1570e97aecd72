package dev.gazette.ui;

import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the window remembers between runs, in the library folder ({@code window.properties}):
 * size, position, pane sizes, theme, text size, the page shown and the last sidebar choice.
 * Not thread-safe: use on the JavaFX thread.
 */
final class WindowState {

    private final Path file;
    private final Properties props = new Properties();
    private Stage stage;

    private WindowState(Path file) {
        this.file = file;
    }

    static WindowState load(Path libraryDir) {
        WindowState s = new WindowState(libraryDir.resolve("window.properties"));
        if (Files.exists(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                s.props.clear();
            }
        }
        return s;
    }

    double width() {
        return number("width", 1320);
    }

    double height() {
        return number("height", 840);
    }

    ReaderPage.Theme theme() {
        String t = props.getProperty("theme", Boolean.parseBoolean(props.getProperty("dark", "false")) ? "DARK" : "LIGHT");
        try {
            return ReaderPage.Theme.valueOf(t);
        } catch (IllegalArgumentException e) {
            return ReaderPage.Theme.LIGHT;
        }
    }

    int fontPercent() {
        return (int) Math.max(60, Math.min(250, number("fontPercent", 100)));
    }

    double sidebarDivider() {
        return clamp(number("divider.sidebar", 0.16));
    }

    double listDivider() {
        return clamp(number("divider.list", 0.52));
    }

    /** The notes pane is off until a person opens it: the list and the reader need the room more. */
    boolean notes() {
        return Boolean.parseBoolean(props.getProperty("notes", "false"));
    }

    /** The article open in the reader when the window was closed, or -1. */
    long article() {
        return (long) number("article", -1);
    }

    String browseKey() {
        return props.getProperty("browse", "all");
    }

    WindowPage page() {
        try {
            return WindowPage.valueOf(props.getProperty("page", "ARTICLES"));
        } catch (IllegalArgumentException e) {
            return WindowPage.ARTICLES;
        }
    }

    void applyTo(Stage stage) {
        this.stage = stage;
        if (props.containsKey("x") && props.containsKey("y")) {
            stage.setX(number("x", 0));
            stage.setY(number("y", 0));
        }
        stage.setMaximized(Boolean.parseBoolean(props.getProperty("maximized", "false")));
    }

    /** Takes what the view holds now; written by {@link #save}. */
    void remember(MainView view, String browseKey, long article) {
        props.setProperty("article", String.valueOf(article));
        props.setProperty("theme", view.theme().name());
        props.setProperty("fontPercent", String.valueOf(view.fontPercent()));
        double[] d = view.dividers();
        props.setProperty("divider.sidebar", String.valueOf(d[0]));
        props.setProperty("divider.list", String.valueOf(d[1]));
        props.setProperty("browse", browseKey);
        props.setProperty("page", view.page().name());
        props.setProperty("notes", String.valueOf(view.notesShown()));
        props.remove("dark");
    }

    void save() {
        if (stage != null) {
            props.setProperty("maximized", String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                props.setProperty("width", String.valueOf(stage.getWidth()));
                props.setProperty("height", String.valueOf(stage.getHeight()));
                props.setProperty("x", String.valueOf(stage.getX()));
                props.setProperty("y", String.valueOf(stage.getY()));
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "Gazette window state");
        } catch (IOException e) {
            // Losing the window size is not worth bothering the person about.
        }
    }

    private static double clamp(double v) {
        return Math.max(0.05, Math.min(0.9, v));
    }

    private double number(String key, double fallback) {
        try {
            double v = Double.parseDouble(props.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
