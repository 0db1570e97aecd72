package dev.gazette.cli;

import picocli.CommandLine;

import java.util.List;

/**
 * Search terms that start with a dash ({@code -tag:x}, {@code -has:note}, {@code -word}) are the
 * search syntax's "not", so the commands that take a search read them as terms, not options:
 * short options are not clustered (so {@code -has:note} is not {@code -h} followed by more) and an
 * argument that is no option of the command is a search term. Real options still work, and
 * {@code --} ends them as usual.
 */
final class SearchArguments {

    /** The commands whose arguments, or whose --query, hold search terms. */
    static final List<String> SEARCHING = List.of("list", "export", "dossier");

    private SearchArguments() {
    }

    /** Sets the parsing of the searching commands of cli as described above. */
    static void allowDashTerms(CommandLine cli) {
        for (String name : SEARCHING) {
            CommandLine sub = cli.getSubcommands().get(name);
            if (sub != null) {
                sub.setPosixClusteredShortOptionsAllowed(false);
                if (!sub.getCommandSpec().positionalParameters().isEmpty()) {
                    sub.setUnmatchedOptionsArePositionalParams(true);
                }
            }
        }
    }
}
