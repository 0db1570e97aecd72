package dev.gazette.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line tests' one harness: runs {@code gazette ARGS} in this process, as the launcher
 * does, and keeps the exit status and what went to standard output and standard error.
 */
public record CliRun(int status, String out, String err) {

    /** Runs {@code gazette args…}. */
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GazetteCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Runs {@code gazette --library LIBRARY args…}. */
    public static CliRun inLibrary(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
