package dev.gazette.service;

import dev.gazette.enrich.Geography;

import dev.gazette.store.Backups;
import dev.gazette.store.Library;
import dev.gazette.store.LibraryDoctor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Care of a library as a whole, for {@code gazette doctor} and {@code gazette backup}: checks
 * and repairs (see {@link LibraryDoctor}) and backups (see {@link Backups}). Each call takes the
 * {@link LibraryLock}, so it refuses to run while another Gazette has the library open; only a
 * check without repair then runs beside it, reading only. Stateless.
 */
public final class LibraryMaintenance {

    /** System property that turns automatic backups off ({@code -Dgazette.backups.auto=false}). */
    public static final String AUTO_BACKUP_PROPERTY = "gazette.backups.auto";

    private LibraryMaintenance() {
    }

    /** One problem the doctor found, as a person reads it, and whether it was repaired. */
    public record Finding(String text, boolean repaired) {
    }

    /**
     * What the doctor found; healthy when nothing is left unrepaired. besideAnotherGazette: the
     * library was held by another Gazette (the window), so it was checked reading only, and notes
     * say what that check left out.
     */
    public record DoctorReport(List<Finding> findings, int articles, int originalsChecked,
                               boolean besideAnotherGazette, List<String> notes) {
        public DoctorReport {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }

        public boolean healthy() {
            return findings.stream().allMatch(Finding::repaired);
        }
    }

    /**
     * Checks the library in this folder; repairs what it safely can when repair is true. Without
     * repair it also works while another Gazette holds the library: it then reads only.
     *
     * @throws LibraryLock.InUseException when repair is asked for and another Gazette holds the library
     */
    public static DoctorReport doctor(Path directory, boolean repair) {
        Function<Library, LibraryDoctor.Report> check = library -> library.doctor(repair, ValueRules.forRestore(Geography.standard()));
        LibraryDoctor.Report r;
        boolean beside = false;
        try {
            r = withLibrary(directory, check);
        } catch (LibraryLock.InUseException inUse) {
            if (repair) {
                throw inUse;
            }
            beside = true;
            try (Library library = Library.openReadOnly(directory, null)) {
                r = check.apply(library);
            }
        }
        return new DoctorReport(r.findings().stream().map(f -> new Finding(f.text(), f.repaired())).toList(),
                r.articles(), r.originalsChecked(), beside, r.notes());
    }

    /** Writes a complete backup (database and originals) of the library into target; returns it. */
    public static Path backup(Path directory, Path target) {
        SafeOutput.checkNewFolder(target, directory);
        return withLibrary(directory, library -> library.backup(target));
    }

    /**
     * The automatic backup made when a library opens: at most daily, the last few kept in
     * {@code backups/}. A failed backup is reported on standard error and never stops the open.
     */
    static void automaticBackup(Library library) {
        if (!Boolean.parseBoolean(System.getProperty(AUTO_BACKUP_PROPERTY, "true"))) {
            return;
        }
        try {
            library.rotateBackups(Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println("gazette: the automatic backup failed: " + e.getMessage());
        }
    }

    /**
     * Runs {@link #automaticBackup} on a new daemon thread and returns it, or returns null when
     * automatic backups are off. The caller must join it before closing the library.
     */
    static Thread automaticBackupInBackground(Library library) {
        if (!Boolean.parseBoolean(System.getProperty(AUTO_BACKUP_PROPERTY, "true"))) {
            return null;
        }
        Thread t = new Thread(() -> automaticBackup(library), "gazette-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    private static <T> T withLibrary(Path directory, Function<Library, T> work) {
        try (LibraryLock lock = LibraryLock.acquire(directory); Library library = Library.open(directory)) {
            return work.apply(library);
        }
    }
}
