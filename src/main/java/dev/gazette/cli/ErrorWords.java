package dev.gazette.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A failure as a person reads it: the file and the reason in words ("x.zip: no such file"),
 * never the bare path a file-system exception carries as its message, never a class name when
 * there are words to say. Control characters in names are escaped. Stateless.
 */
final class ErrorWords {

    private ErrorWords() {
    }

    /** The message of ex for the line after "gazette: ". */
    static String of(Throwable ex) {
        Throwable e = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : TerminalText.line(f.getFile()) + ": ";
            String reason;
            if (f instanceof NoSuchFileException) {
                reason = "no such file or folder";
            } else if (f instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (f instanceof FileAlreadyExistsException) {
                reason = "already exists";
            } else if (f instanceof NotDirectoryException) {
                reason = "is not a folder";
            } else if (f instanceof DirectoryNotEmptyException) {
                reason = "the folder is not empty";
            } else {
                reason = f.getReason() != null ? f.getReason() : "could not be read or written";
            }
            return file + reason;
        }
        String m = e.getMessage();
        return TerminalText.line(m == null || m.isBlank() ? e.toString() : m);
    }
}
