package dev.gazette.cli;

import dev.gazette.service.LibraryLocation;
import dev.gazette.service.LibraryService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The command line: thin commands that parse arguments, call {@link LibraryService}, print.
 * Exit status 0 on success, 1 when something the person asked for failed, 2 on usage errors.
 */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1.0",
        description = "A reader and library for saved news articles. With no command, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, ExtractCommand.class,
                TagCommand.class, RegionsCommand.class, ExportCommand.class, RestoreCommand.class,
                DossierCommand.class, HighlightCommand.class, NoteCommand.class, DoctorCommand.class,
                BackupCommand.class, CopiesCommand.class, CommandLine.HelpCommand.class})
public final class GazetteCommand implements Runnable {

    @Option(names = "--library", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "The library folder (default: $GAZETTE_LIBRARY, else the user data folder).")
    String library;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path libraryDir() {
        return LibraryLocation.resolve(library);
    }

    LibraryService openLibrary() {
        return LibraryService.open(libraryDir());
    }

    /** Runs the command line and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GazetteCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("gazette: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            commandLine.getErr().flush();
            return 1;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** True when the first argument names one of the commands (so the window is not wanted). */
    public static boolean isCommand(String arg) {
        CommandLine cli = new CommandLine(new GazetteCommand());
        return cli.getSubcommands().containsKey(arg) || arg.equals("--help") || arg.equals("-h")
                || arg.equals("--version") || arg.equals("-V");
    }
}
