package dev.gazette.cli;

import dev.gazette.service.LibraryMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", description = {"Copy the library (database and stored originals) into a new folder.",
        "To restore, close Gazette and copy the folder's gazette.db and originals/",
        "into the library folder."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Parameters(paramLabel = "FOLDER", description = "A new (or empty) folder for the backup.")
    Path target;

    @Override
    public Integer call() {
        Path written = LibraryMaintenance.backup(library.libraryDir(), target);
        library.out().println("backed up " + library.libraryDir().toAbsolutePath() + " to " + written);
        library.out().flush();
        return 0;
    }
}
