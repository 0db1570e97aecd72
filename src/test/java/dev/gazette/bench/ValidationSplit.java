package dev.gazette.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Predicate;

/**
 * The fixed validation part of every dev corpus: a page whose ID's SHA-256 (first four bytes,
 * unsigned) leaves no remainder when divided by three is a validation page; every other page is
 * a dev page. About a third of each corpus, the same pages on every machine and in every run, and
 * independent of the order or the number of pages. Rules are tuned on dev pages (the scorecard's
 * {@code --worst} lists only those); a change is kept when the validation figures hold. Stateless
 * and thread-safe.
 */
final class ValidationSplit {

    /** One page in {@link #PARTS} is a validation page. */
    static final int PARTS = 3;

    /** Pages of the validation part. */
    static final Predicate<String> VALIDATION = ValidationSplit::isValidation;

    /** Pages of the dev part (the rest). */
    static final Predicate<String> DEV = VALIDATION.negate();

    private ValidationSplit() {
    }

    /** Whether the page {@code id} belongs to the validation part. */
    static boolean isValidation(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
            return v % PARTS == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
