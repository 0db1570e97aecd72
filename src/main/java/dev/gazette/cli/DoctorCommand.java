package dev.gazette.cli;

import dev.gazette.service.LibraryMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "doctor", description = {"Check the library: database integrity, search index, stored originals.",
        "With --repair, fix what can be fixed without losing anything.",
        "Without --repair it also works while the window is open (reading only).",
        "Exit status 1 when problems remain."})
final class DoctorCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Option(names = "--repair", description = "Repair what can safely be repaired.")
    boolean repair;

    @Override
    public Integer call() {
        PrintWriter out = library.out();
        LibraryMaintenance.DoctorReport report = LibraryMaintenance.doctor(library.libraryDir(), repair);
        for (LibraryMaintenance.Finding f : report.findings()) {
            out.println((f.repaired() ? "repaired  " : "problem   ") + f.text());
        }
        if (report.besideAnotherGazette()) {
            out.println("The library is open in another Gazette: checked reading only, nothing was changed.");
        }
        for (String note : report.notes()) {
            out.println("note      " + note);
        }
        long open = report.findings().stream().filter(f -> !f.repaired()).count();
        String advice = report.besideAnotherGazette() ? " (close the other Gazette, then run gazette doctor --repair)"
                : " (run again with --repair)";
        out.println(Words.count(report.articles(), "article") + ", " + Words.count(report.originalsChecked(), "original")
                + " checked: " + (report.findings().isEmpty() ? "no problems found"
                : Words.count(report.findings().size(), "problem") + ", " + (report.findings().size() - open) + " repaired"
                + (open > 0 && !repair ? advice : "")));
        out.flush();
        return report.healthy() ? 0 : 1;
    }
}
