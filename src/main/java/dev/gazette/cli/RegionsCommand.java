package dev.gazette.cli;

import dev.gazette.service.LibraryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "correct", description = {"Correct an article's regions or published date.",
        "  correct 12 --regions Venezuela,Russia",
        "  correct 12 --published 2019-04-06",
        "  correct 12 --regions ''   (back to the detected regions)"})
final class RegionsCommand implements Callable<Integer> {

    @Mixin
    LibraryCommand library;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--regions", split = ",", paramLabel = "COUNTRY", description = "Countries (names or codes), most relevant first.")
    List<String> regions;

    @Option(names = "--published", paramLabel = "DATE", description = "Published date, YYYY-MM-DD ('' clears).")
    String published;

    @Override
    public Integer call() {
        try (LibraryService service = library.openLibrary()) {
            if (service.article(id).isEmpty()) {
                library.err().println("gazette: no article " + id);
                return 1;
            }
            if (regions == null && published == null) {
                library.err().println("gazette: nothing to correct: give --regions COUNTRY,… or --published YYYY-MM-DD");
                return 2;
            }
            if (published != null && !published.isBlank() && !isDate(published.strip())) {
                library.err().println("gazette: " + published.strip()
                        + " is not a date: give it as YYYY-MM-DD, e.g. 2019-04-06 ('' clears it)");
                return 2;
            }
            for (String r : regions == null ? List.<String>of() : regions) {
                if (!r.isBlank() && service.geography().countryCode(r.strip()).isEmpty()) {
                    library.err().println("gazette: " + r.strip() + " is not a country Gazette knows:"
                            + " give its name, a common alias or its two-letter code, e.g. Venezuela or VE");
                    return 2;
                }
            }
            if (regions != null) {
                service.correctRegions(id, regions.stream().filter(s -> !s.isBlank()).toList());
            }
            if (published != null) {
                service.correctPublished(id, published);
            }
            library.out().println("corrected article " + id);
            return 0;
        }
    }

    private static boolean isDate(String s) {
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
