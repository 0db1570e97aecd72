package dev.gazette;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the note {@link SharedSkipNote} left after the last test run, if any: the pom runs it
 * in Maven's verify phase, as Surefire keeps the tests' own output in files. Apart from the
 * listener so that it runs without the JUnit Platform on the class path.
 */
public final class PrintSharedSkipNote {

    private PrintSharedSkipNote() {
    }

    public static void main(String[] args) throws IOException {
        Path note = Path.of(args.length > 0 ? args[0] : "target/shared-skips.txt");
        if (Files.isRegularFile(note)) {
            System.out.print(Files.readString(note));
        }
    }
}
