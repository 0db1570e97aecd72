package dev.gazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Search terms that start with a dash ({@code -tag:x}, {@code -has:note}, {@code -word}) are the
 * search syntax's "not", so the commands that take a search read them as terms, not options.
 * Before picocli parses, the arguments of those commands are put in an order it cannot
 * misread: their own options first (an option's value attached with {@code =}, so a value
 * such as {@code --query -has:note} stays a value), then {@code --}, then every other argument
 * in its order. Picocli alone cannot do it: {@code -has:note} starts like {@code -h}. Stateless.
 */
final class SearchArguments {

    /** The commands whose arguments, or whose --query, hold search terms. */
    static final List<String> SEARCHING = List.of("list", "export", "dossier", "suggest");

    private SearchArguments() {
    }

    /**
     * Lets the searching commands take a value that looks like one of their options when it is
     * attached ({@code --query=-tag:x}: {@code -tag:x} starts like {@code -t}).
     */
    static void configure(CommandLine cli) {
        for (String name : SEARCHING) {
            CommandLine sub = cli.getSubcommands().get(name);
            if (sub != null) {
                sub.setAllowOptionsAsOptionParameters(true);
            }
        }
    }

    /** The arguments with a searching command's terms made unmistakable, as described above. */
    static String[] reorder(CommandLine cli, String[] args) {
        int at = -1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return args;
            }
            if (SEARCHING.contains(args[i])) {
                at = i;
                break;
            }
        }
        if (at < 0 || !cli.getSubcommands().containsKey(args[at])) {
            return args;
        }
        CommandLine.Model.CommandSpec spec = cli.getSubcommands().get(args[at]).getCommandSpec();
        List<String> options = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        boolean onlyTerms = false;
        for (int i = at + 1; i < args.length; i++) {
            String a = args[i];
            if (onlyTerms) {
                terms.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyTerms = true;
                continue;
            }
            int eq = a.indexOf('=');
            OptionSpec o = a.startsWith("-") ? spec.findOption(eq > 0 ? a.substring(0, eq) : a) : null;
            if (o == null && a.startsWith("--")) {
                options.add(a); // a mistyped long option is named as one, not searched for
            } else if (o == null) {
                terms.add(a);
            } else if (o.arity().max() > 0 && eq < 0 && i + 1 < args.length) {
                options.add(a + "=" + args[++i]);
            } else {
                options.add(a);
            }
        }
        List<String> out = new ArrayList<>(List.of(args).subList(0, at + 1));
        out.addAll(options);
        if (!terms.isEmpty()) {
            if (spec.positionalParameters().isEmpty()) {
                out.addAll(terms); // no terms to take: picocli names what it does not know
            } else {
                out.add("--");
                out.addAll(terms);
            }
        }
        return out.toArray(String[]::new);
    }
}
