package dev.gazette.dossier;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the W3C's EPUBCheck on a file; the report's messages are kept for assertion messages. */
public final class EpubValidation {

    public record Outcome(int errors, int fatal, int warnings, String messages) {
        public boolean valid() {
            return errors == 0 && fatal == 0;
        }
    }

    private EpubValidation() {
    }

    public static Outcome check(Path epub) {
        StringWriter text = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text, true), "gazette-test");
        new EpubCheck(epub.toFile(), report).doValidate();
        return new Outcome(report.getErrorCount(), report.getFatalErrorCount(), report.getWarningCount(), text.toString());
    }
}
