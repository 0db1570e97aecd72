package dev.gazette;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two files of one package use each other: a door open both ways makes two files one room
 * that can only be read, changed and tested together (docs/architecture.md, "Two-way doors").
 * Take the shared part into a small third file, or let one side own it. A file is a top-level
 * class with its nested classes. The few pairs allowed are listed in {@link #ALLOWED}, each with
 * its reason, and a test fails when a pair no longer needs it (then it must go).
 */
class TwoWayDependencyTest {

    /** A pair of files of one package allowed to use each other, and why. */
    private record Allowed(String a, String b, String reason) {
        boolean is(String x, String y) {
            return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
        }
    }

    private static final List<Allowed> ALLOWED = List.of();

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gazette");
    }

    /** Each file (top-level class) of ours to the files of its own package it uses. */
    static Map<String, Set<String>> usesInPackage(JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = file(c);
            uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                String to = file(target);
                if (!to.equals(from) && target.getPackageName().equals(c.getPackageName())
                        && to.startsWith("dev.gazette.")) {
                    uses.get(from).add(to);
                }
            }
        }
        return uses;
    }

    /** Every pair of files of one package that use each other, "A <-> B" with A before B. */
    static Set<String> twoWayPairs(Map<String, Set<String>> uses) {
        Set<String> pairs = new TreeSet<>();
        uses.forEach((a, targets) -> {
            for (String b : targets) {
                if (a.compareTo(b) < 0 && uses.getOrDefault(b, Set.of()).contains(a)) {
                    pairs.add(a + " <-> " + b);
                }
            }
        });
        return pairs;
    }

    private static String file(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    @Test
    void noTwoFilesOfAPackageUseEachOther() {
        List<String> unexpected = new ArrayList<>();
        for (String pair : twoWayPairs(usesInPackage(classes))) {
            String[] ab = pair.split(" <-> ");
            if (ALLOWED.stream().noneMatch(a -> a.is(ab[0], ab[1]))) {
                unexpected.add(pair);
            }
        }
        assertThat(unexpected).as("files of one package that use each other: take the shared part into a"
                + " third file, or let one side own it").isEmpty();
    }

    @Test
    void everyAllowedPairStillUsesEachOther() {
        Set<String> pairs = twoWayPairs(usesInPackage(classes));
        for (Allowed a : ALLOWED) {
            boolean still = pairs.contains(a.a() + " <-> " + a.b()) || pairs.contains(a.b() + " <-> " + a.a());
            assertThat(still).as("%s and %s no longer use each other: remove them from ALLOWED (%s)", a.a(), a.b(),
                    a.reason()).isTrue();
        }
    }
}
