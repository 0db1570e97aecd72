package dev.gazette;

import dev.gazette.cli.GazetteCommand;
import dev.gazette.service.LibraryLocation;
import dev.gazette.service.SingleInstance;
import dev.gazette.ui.GazetteApp;
import javafx.application.Application;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code gazette.jar}. A plain class (not a JavaFX {@code Application}) so the jar
 * runs from the classpath. With a command ({@code import}, {@code list}, {@code extract}, …) it is
 * the command line; otherwise it opens the window, importing and showing any files given.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        String library = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--library") && i + 1 < args.length) {
                library = args[++i];
            } else if (args[i].startsWith("--library=")) {
                library = args[i].substring("--library=".length());
            } else {
                rest.add(args[i]);
            }
        }
        if (!rest.isEmpty() && GazetteCommand.isCommand(rest.get(0))) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(GazetteCommand.execute(args, out, err));
            return;
        }
        Path libraryDir = LibraryLocation.resolve(library);
        List<Path> files = rest.stream().map(Path::of).map(Path::toAbsolutePath).toList();
        // One window per library: a window already open on it takes the files and comes forward.
        if (SingleInstance.handOver(libraryDir, files)) {
            return;
        }
        GazetteApp.configure(libraryDir, files);
        Application.launch(GazetteApp.class);
    }
}
