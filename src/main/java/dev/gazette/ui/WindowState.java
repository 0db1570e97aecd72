package dev.gazette.ui;

import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The window's size, position and theme, remembered in the library folder
 * ({@code window.properties}) between runs. Not thread-safe: use on the JavaFX thread.
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
        return number("width", 1280);
    }

    double height() {
        return number("height", 800);
    }

    boolean dark() {
        return Boolean.parseBoolean(props.getProperty("dark", "false"));
    }

    void applyTo(Stage stage) {
        this.stage = stage;
        if (props.containsKey("x") && props.containsKey("y")) {
            stage.setX(number("x", 0));
            stage.setY(number("y", 0));
        }
        stage.setMaximized(Boolean.parseBoolean(props.getProperty("maximized", "false")));
    }

    void save() {
        if (stage == null) {
            return;
        }
        props.setProperty("maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            props.setProperty("width", String.valueOf(stage.getWidth()));
            props.setProperty("height", String.valueOf(stage.getHeight()));
            props.setProperty("x", String.valueOf(stage.getX()));
            props.setProperty("y", String.valueOf(stage.getY()));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "Gazette window state");
        } catch (IOException e) {
            // Losing the window size is not worth bothering the person about.
        }
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
