package dev.gazette;

import dev.gazette.cli.GazetteCommand;
import dev.gazette.service.LibraryLocation;
import dev.gazette.service.SingleInstance;
import dev.gazette.ui.GazetteApp;
import javafx.application.Application;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of {@code gazette.jar}. A plain class (not a JavaFX {@code Application}) so the jar
 * runs from the classpath. With a command ({@code import}, {@code list}, {@code extract}, …) it is
 * the command line; with nothing or with files it opens the window, importing and showing the
 * files. A first argument that is neither a command nor a file is a mistyped command: it is
 * answered on the command line, never with a window.
 */
public final class Launcher {

    /** What opens the window; the real one starts JavaFX, a test's only notes the call. */
    interface Window {
        /** Opens the window on the library with these files and returns when it closes. */
        void open(Path library, List<Path> files);
    }

    /** The status {@link #run} returns when the window ran (nothing left to exit with). */
    static final int WINDOW = -1;

    private Launcher() {
    }

    public static void main(String[] args) {
        Path jar = Relaunch.jar();
        if (isCommandLine(withoutLibrary(args))) {
            // plain `java -jar gazette.jar COMMAND`: run as the launcher script would (Relaunch)
            java.util.Optional<Integer> status = Relaunch.run(args, jar);
            if (status.isPresent()) {
                System.exit(status.get());
            }
        }
        SqliteNative.useCopyBeside(jar);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Map<String, String> env = System.getenv();
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            // a headless JavaFX (tests, benchmarks) draws without a display
            env = new java.util.HashMap<>(env);
            env.put("DISPLAY", "monocle");
        }
        int status = run(args, env, out, err, Launcher::openWindow);
        if (status != WINDOW) {
            System.exit(status);
        }
    }

    /**
     * Decides between the command line and the window and runs it: the exit status of a command,
     * or {@link #WINDOW} once the window has closed.
     */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, Window window) {
        List<String> rest = withoutLibrary(args);
        String library = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--library") && i + 1 < args.length) {
                library = args[++i];
            } else if (args[i].startsWith("--library=")) {
                library = args[i].substring("--library=".length());
            }
        }
        if (isCommandLine(rest)) {
            return GazetteCommand.execute(args, out, err);
        }
        if (!rest.isEmpty() && !exists(rest.get(0))) {
            return GazetteCommand.unknownCommand(rest.get(0), err);
        }
        if (!hasDisplay(env, System.getProperty("os.name", ""))) {
            return noDisplay(err, "no display was found (DISPLAY is not set)");
        }
        Path libraryDir = LibraryLocation.resolve(library);
        List<Path> files = rest.stream().map(Path::of).map(Path::toAbsolutePath).toList();
        try {
            window.open(libraryDir, files);
        } catch (UnsupportedOperationException e) {
            // JavaFX: "Unable to open DISPLAY" when DISPLAY names a display that is not there
            return noDisplay(err, e.getMessage() == null ? "the display could not be opened" : e.getMessage());
        }
        return WINDOW;
    }

    /** The arguments without {@code --library DIR} (or {@code --library=DIR}). */
    private static List<String> withoutLibrary(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--library") && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith("--library=")) {
                rest.add(args[i]);
            }
        }
        return rest;
    }

    /** A command, or an option the command line knows (or will say it does not know): not the window. */
    private static boolean isCommandLine(List<String> rest) {
        return !rest.isEmpty() && (GazetteCommand.isCommand(rest.get(0)) || rest.get(0).startsWith("-"));
    }

    private static void openWindow(Path libraryDir, List<Path> files) {
        // One window per library: a window already open on it takes the files and comes forward.
        SingleInstance.HandOver handed = SingleInstance.handOff(libraryDir, files);
        if (handed == SingleInstance.HandOver.OPENED) {
            return;
        }
        if (handed == SingleInstance.HandOver.NOT_OPENED) {
            System.err.println("gazette: the Gazette window could not open every file; its status bar says which and why.");
            System.exit(1);
        }
        GazetteApp.configure(libraryDir, files);
        Application.launch(GazetteApp.class);
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Whether a window can open: on Linux and the other X11/Wayland systems a display must be
     * named; Windows and macOS always have one. (A headless JavaFX, Monocle, needs none: {@link #main} says so.)
     */
    static boolean hasDisplay(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int noDisplay(PrintWriter err, String why) {
        err.println("gazette: the window needs a display, and " + why + ".");
        err.println("Everything also works from the command line: try 'gazette list', 'gazette import FOLDER',"
                + " or 'gazette --help' for every command.");
        err.flush();
        return 1;
    }
}
