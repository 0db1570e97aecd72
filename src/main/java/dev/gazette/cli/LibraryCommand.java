package dev.gazette.cli;

import dev.gazette.service.LibraryLocation;
import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every library command shares, mixed in with {@code @Mixin LibraryCommand library;}: its
 * output and error streams, the library folder that {@code --library} chose (the option lives on
 * {@link GazetteCommand} and is inherited by every command) and the service opened on it.
 * <p>
 * It replaces the {@code @ParentCommand}/{@code @Spec} pair each command used to declare; it holds
 * no state of its own beyond what picocli injects, and a command run on its own (without
 * {@code gazette} above it) uses the default library, as {@code --library} left out would.
 */
@Command // a mixin with no option of its own must still say it is part of a command
final class LibraryCommand {

    /** The command this is mixed into, so {@link #out()} is that command's stream. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The command's standard output. */
    PrintWriter out() {
        return mixee.commandLine().getOut();
    }

    /** The command's error output. */
    PrintWriter err() {
        return mixee.commandLine().getErr();
    }

    /** The library folder: {@code --library}, else {@code $GAZETTE_LIBRARY}, else the user data folder. */
    Path libraryDir() {
        Object root = mixee.root().userObject();
        return root instanceof GazetteCommand gazette ? gazette.libraryDir() : LibraryLocation.resolve(null);
    }

    /** Opens the library; the caller closes it (try-with-resources). */
    LibraryService openLibrary() {
        return LibraryService.open(libraryDir());
    }

    /** Opens the library to read only, also while the window has it open; the caller closes it. */
    LibraryService openForReading() {
        return LibraryService.openForReading(libraryDir());
    }
}
