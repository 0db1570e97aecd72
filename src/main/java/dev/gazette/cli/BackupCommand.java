package dev.gazette.cli;

import dev.gazette.service.LibraryMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", description = {"Copy the library (database and stored originals) into a new folder.",
        "To restore, close Gazette and copy the folder's gazette.db and originals/",
        "into the library folder."})
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    GazetteCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "A new (or empty) folder for the backup.")
    Path target;

    @Override
    public Integer call() {
        Path written = LibraryMaintenance.backup(parent.libraryDir(), target);
        spec.commandLine().getOut().println("backed up " + parent.libraryDir().toAbsolutePath() + " to " + written);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
