package dev.gazette.robust;

import dev.gazette.service.LibraryService;

import java.nio.file.Path;

/**
 * A second Gazette for tests: opens the library given as the first argument, prints "open", and
 * keeps it open until its standard input closes (or it is killed).
 */
public final class HoldLibrary {

    private HoldLibrary() {
    }

    public static void main(String[] args) throws Exception {
        try (LibraryService service = LibraryService.open(Path.of(args[0]))) {
            System.out.println("open " + service.directory());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
