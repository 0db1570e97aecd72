package dev.gazette.service;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Expands a mixed selection of files and folders into the files to import, recursively,
 * sorted within each folder. Symlink loops are reported once and not followed; unreadable
 * entries are reported, never thrown.
 */
final class FileWalk {

    record Result(List<Path> files, List<String[]> problems, int skipped) {
    }

    private FileWalk() {
    }

    static Result expand(List<Path> roots, Predicate<Path> supported) {
        List<Path> files = new ArrayList<>();
        List<String[]> problems = new ArrayList<>();
        int[] skipped = {0};
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.add(new String[]{root.toString(), "no such file or folder"});
                continue;
            }
            if (!Files.isDirectory(root)) {
                files.add(root);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        // "Web page, complete" resource folders belong to their page, and hidden
                        // folders are not the person's articles.
                        if (!dir.equals(root) && (name.endsWith("_files") || name.startsWith("."))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && supported.test(file)) {
                            found.add(file);
                        } else {
                            skipped[0]++;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        if (exc instanceof FileSystemLoopException) {
                            problems.add(new String[]{file.toString(), "folder link loops back on itself: not followed"});
                        } else {
                            problems.add(new String[]{file.toString(), "cannot read: " + exc.getMessage()});
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(new String[]{root.toString(), "cannot read folder: " + e.getMessage()});
            }
            found.sort(null);
            files.addAll(found);
        }
        return new Result(files, problems, skipped[0]);
    }
}
