package dev.gazette.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option of the commands that can print for scripts, mixed in with
 * {@code @Mixin JsonOption json;} so the option reads the same everywhere.
 */
final class JsonOption {

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean enabled;

    /** True when the person asked for JSON. */
    boolean on() {
        return enabled;
    }
}
