package dev.gazette.extract;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Takes a newsletter's name off an e-mail's Subject so that the story's headline is left:
 * "The Weekly Compass: Ghana cocoa …", "Ghana cocoa … | The Weekly Compass",
 * "[Weekly Compass] Ghana cocoa …", "Fwd: …". A part is taken off only when what remains is
 * still long enough to be a headline ({@link NewsletterRules#MAIL_MIN_HEADLINE_WORDS},
 * {@link NewsletterRules#MAIL_MIN_HEADLINE_CHARS}); the result is never empty and never longer
 * than the Subject. Stateless and thread-safe.
 */
final class NewsletterTitles {

    private NewsletterTitles() {
    }

    /**
     * The Subject without reply/forward marks, a leading list tag and any of {@code names} as a
     * prefix or suffix; the Subject (stripped of outer spaces) when nothing could be taken off.
     * Null stays null.
     */
    static String strip(String subject, Collection<String> names) {
        if (subject == null) {
            return null;
        }
        String s = subject.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return subject; // nothing to take off a blank Subject
        }
        // reply and forward marks, however many
        for (int guard = 0; guard < 5; guard++) {
            Matcher m = NewsletterRules.MAIL_REPLY_PREFIX.matcher(s);
            if (!m.find() || !isHeadline(s.substring(m.end()))) {
                break;
            }
            s = s.substring(m.end());
        }
        Matcher tag = NewsletterRules.MAIL_LIST_TAG.matcher(s);
        if (tag.matches() && isHeadline(tag.group("rest").strip())) {
            s = tag.group("rest").strip();
        }
        for (String name : names == null ? java.util.List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String rest = withoutPrefix(s, name.strip());
            if (rest == null) {
                rest = withoutSuffix(s, name.strip());
            }
            if (rest != null && isHeadline(rest)) {
                s = rest;
                break;
            }
        }
        return s;
    }

    /** What follows "name: " (or "name #12 | " …) at the start of s, or null. */
    static String withoutPrefix(String s, String name) {
        if (s.length() <= name.length() || !s.regionMatches(true, 0, name, 0, name.length())) {
            return null;
        }
        String after = s.substring(name.length());
        if (Character.isLetterOrDigit(after.charAt(0))) {
            return null; // "Compassion …" does not start with the name "Compass"
        }
        Matcher issue = NewsletterRules.MAIL_ISSUE_MARK.matcher(after);
        if (issue.lookingAt() && issue.end() > 0) {
            after = after.substring(issue.end());
        }
        Matcher sep = NewsletterRules.MAIL_NAME_PREFIX_SEPARATOR.matcher(after);
        if (!sep.lookingAt()) {
            return null;
        }
        return after.substring(sep.end()).strip();
    }

    /** What comes before " | name" (or " - name") at the end of s, or null. */
    static String withoutSuffix(String s, String name) {
        int at = s.length() - name.length();
        if (at <= 0 || !s.regionMatches(true, at, name, 0, name.length())) {
            return null;
        }
        String before = s.substring(0, at);
        if (Character.isLetterOrDigit(before.charAt(before.length() - 1))) {
            return null;
        }
        Matcher sep = NewsletterRules.MAIL_NAME_SUFFIX_SEPARATOR.matcher(before);
        if (!sep.find()) {
            return null;
        }
        return before.substring(0, sep.start()).strip();
    }

    /** Long enough to stand as a headline on its own. */
    static boolean isHeadline(String s) {
        return s != null && s.strip().length() >= NewsletterRules.MAIL_MIN_HEADLINE_CHARS
                && TextLines.words(s) >= NewsletterRules.MAIL_MIN_HEADLINE_WORDS;
    }

    /**
     * The part of the Subject before its first name separator ("The Weekly Compass" in
     * "The Weekly Compass: Ghana …") and the part after its last one, when either is a short
     * name; the candidates for a newsletter's name the caller checks against the message.
     */
    static java.util.List<String> nameCandidates(String subject) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (subject == null) {
            return out;
        }
        String s = subject.strip().replaceAll("\\s+", " ");
        Matcher tag = NewsletterRules.MAIL_LIST_TAG.matcher(s);
        if (tag.matches()) {
            s = tag.group("rest").strip();
        }
        Matcher first = NewsletterRules.MAIL_SUBJECT_SEPARATOR.matcher(s);
        if (first.find()) {
            addIfName(out, s.substring(0, first.start()));
            int lastStart = first.start();
            int lastEnd = first.end();
            while (first.find()) {
                lastStart = first.start();
                lastEnd = first.end();
            }
            if (s.charAt(lastStart) != ':') {
                addIfName(out, s.substring(lastEnd));
            }
        }
        return out;
    }

    private static void addIfName(java.util.List<String> out, String part) {
        String p = part.strip();
        Matcher issue = NewsletterRules.MAIL_NAME_TRAILING_ISSUE.matcher(p);
        if (issue.find()) {
            p = p.substring(0, issue.start()).strip();
        }
        int w = TextLines.words(p);
        if (w >= 1 && w <= NewsletterRules.MAIL_MAX_NAME_WORDS && Character.isLetterOrDigit(p.codePointAt(0))) {
            out.add(p);
        }
    }

    /** Lower case, spaces squeezed: for comparing names. */
    static String key(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
