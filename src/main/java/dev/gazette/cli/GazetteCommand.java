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
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette " + dev.gazette.service.AppVersion.VERSION,
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

    /** The library folder {@code --library} names (inherited by every command; see {@link LibraryCommand}). */
    Path libraryDir() {
        return LibraryLocation.resolve(library);
    }

    /** Runs the command line and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("gazette: " + ErrorWords.of(ex));
            commandLine.getErr().flush();
            return 1;
        });
        int status = cli.execute(SearchArguments.reorder(cli, args));
        out.flush();
        err.flush();
        return status;
    }

    /** The command line with every command answering {@code -h/--help}, as {@code help COMMAND} does. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GazetteCommand());
        addHelpOptions(cli);
        SearchArguments.configure(cli);
        return cli;
    }

    private static void addHelpOptions(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null && !(spec.userObject() instanceof CommandLine.HelpCommand)) {
                spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help and exit.").build());
            }
            addHelpOptions(sub);
        }
    }

    /** True when the first argument names one of the commands (so the window is not wanted). */
    public static boolean isCommand(String arg) {
        if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
            return true;
        }
        // the names from the annotations: building the whole command line here (as execute does
        // again) cost a third of a one-page extract's start
        for (Class<?> sub : GazetteCommand.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            if (c != null && (c.name().equals(arg) || java.util.Arrays.asList(c.aliases()).contains(arg))) {
                return true;
            }
        }
        return false;
    }

    /** The commands' names, in the order the help lists them. */
    static java.util.Set<String> commandNames() {
        return new CommandLine(new GazetteCommand()).getSubcommands().keySet();
    }

    /**
     * Answers a first argument that is neither a command nor a file: says so, suggests the
     * nearest command when one is close, prints the usage. Returns the exit status, 2.
     */
    public static int unknownCommand(String word, PrintWriter err) {
        boolean pathLike = word.contains("/") || word.contains(java.io.File.separator) || word.contains(".");
        err.println(pathLike ? "gazette: " + word + " is neither a command nor a file that exists."
                : "gazette: unknown command '" + word + "'.");
        nearestCommand(word).ifPresent(c -> err.println("Did you mean 'gazette " + c + "'?"));
        err.println();
        commandLine().usage(err);
        err.flush();
        return 2;
    }

    /** The command a typo most likely meant: within two edits, or the only command it begins. */
    static java.util.Optional<String> nearestCommand(String word) {
        String typed = word.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : commandNames()) {
            int d = name.startsWith(typed) && typed.length() >= 2 ? 1 : editDistance(typed, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.min(2, Math.max(1, typed.length() / 2)) ? java.util.Optional.of(best)
                : java.util.Optional.empty();
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit ("lsit"). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
