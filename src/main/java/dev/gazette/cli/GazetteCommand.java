package dev.gazette.cli;

import dev.gazette.service.LibraryLocation;
import dev.gazette.service.LibraryService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line: thin commands that parse arguments, call {@link LibraryService}, print.
 * Exit status 0 on success, 1 when something the person asked for failed, 2 on usage errors.
 */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette " + dev.gazette.service.AppVersion.VERSION,
        description = "A reader and library for saved news articles. With no command, opens the window.")
public final class GazetteCommand implements Runnable {

    /**
     * The commands by name, in the order the help lists them. Picocli builds a command's model
     * by reflection over its class (a fifth of a one-page {@code extract}'s start when it built
     * all of them), so a run builds only the command it runs; the names are the ones the
     * classes' annotations give ({@code GazetteCommandTest} keeps the two equal).
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> c = new LinkedHashMap<>();
        c.put("import", ImportCommand.class);
        c.put("list", ListCommand.class);
        c.put("show", ShowCommand.class);
        c.put("extract", ExtractCommand.class);
        c.put("tag", TagCommand.class);
        c.put("correct", RegionsCommand.class);
        c.put("export", ExportCommand.class);
        c.put("restore", RestoreCommand.class);
        c.put("dossier", DossierCommand.class);
        c.put("highlight", HighlightCommand.class);
        c.put("note", NoteCommand.class);
        c.put("doctor", DoctorCommand.class);
        c.put("backup", BackupCommand.class);
        c.put("copies", CopiesCommand.class);
        c.put("suggest", SuggestCommand.class);
        c.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(c);
    }

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
        CommandLine cli = commandLine(commandRun(args));
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
        return commandLine(null);
    }

    /**
     * The command line with only the command {@code only} below {@code gazette} (every command
     * when null): what the run needs when the arguments are that command and nothing picocli
     * could answer with the list of commands.
     */
    static CommandLine commandLine(String only) {
        CommandLine cli = new CommandLine(new GazetteCommand());
        COMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, command);
            }
        });
        // an article id that is not a number says what is wanted ("'abc' is not a long" did not)
        cli.registerConverter(Long.class, ArticleIds.INSTANCE);
        cli.registerConverter(Long.TYPE, ArticleIds.INSTANCE);
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
        return arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")
                || COMMANDS.containsKey(arg);
    }

    /**
     * The command these arguments run when only it need be built: the first word after any
     * {@code --library DIR}, when it names a command other than {@code help}. Null (build every
     * command) for help, an unknown word or any other option before the command, whose answers
     * may list every command.
     */
    static String commandRun(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--library") && i + 1 < args.length) {
                i++;
            } else if (!a.startsWith("--library=")) {
                return COMMANDS.containsKey(a) && !a.equals("help") ? a : null;
            }
        }
        return null;
    }

    /** The commands' names, in the order the help lists them. */
    static java.util.Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /** The command classes by name, in the order the help lists them (for the test of their names). */
    static Map<String, Class<?>> commandClasses() {
        return COMMANDS;
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

    /**
     * Ids as numbers (a class, not a lambda: the class-data archive the build writes from a
     * training run fails on a lambda proxy here, JDK 17).
     */
    private enum ArticleIds implements CommandLine.ITypeConverter<Long> {
        INSTANCE;

        @Override
        public Long convert(String text) {
            return articleId(text);
        }
    }

    /** An article's id as `list` shows it; anything else is refused with what is wanted. */
    static Long articleId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is not a number: give the id as a number, as 'gazette list' shows it (e.g. 12)");
        }
    }
}
