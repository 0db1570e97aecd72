package dev.gazette.extract;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Settles the metadata of an e-mail newsletter once its story has been extracted. The container
 * says who sent it ({@code sender} hint: the From display name) and maybe which list it came
 * from ({@code newsletter} hint: the List-Id name); these name the newsletter, rarely the
 * writer. So:
 * <ul>
 *   <li>title: the Subject without the newsletter's name ("The Weekly Compass: headline",
 *       "headline | The Weekly Compass", "[The Weekly Compass] headline"), see
 *       {@link NewsletterTitles}; a Subject part also counts as the name when it recurs in the
 *       message outside the story (masthead, footer);</li>
 *   <li>author: the story's byline; else the sender when it reads as a person's name, or the
 *       person a sender such as "Weekly Lantern (Jo Testwell)" names; never a newsletter's
 *       or organisation's name;</li>
 *   <li>source: a credit the story gives itself (credit line, dateline "(Gulf of Guinea
 *       Bulletin) -"), else the newsletter's name, else the sender.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class NewsletterMessage {

    static final String SENDER = "sender";
    static final String NEWSLETTER = "newsletter";

    private NewsletterMessage() {
    }

    /** Whether the document came from an e-mail (its container named a sender or a list). */
    static boolean isMail(SourceDocument d) {
        Map<String, String> h = d.hints();
        return h.containsKey(SENDER) || h.containsKey(NEWSLETTER);
    }

    /**
     * The article with title, author and source settled as above. {@code messageText} gives the
     * message's whole visible text (masthead and footer included), read only when needed.
     */
    static ExtractedArticle refine(ExtractedArticle a, SourceDocument d, Supplier<String> messageText) {
        Map<String, String> h = d.hints();
        String list = blankToNull(h.get(NEWSLETTER));
        String sender = blankToNull(h.get(SENDER));
        String senderPerson = null;
        String senderOrg = sender;
        if (sender != null) {
            Matcher m = NewsletterRules.MAIL_SENDER_WITH_PERSON.matcher(sender);
            if (m.matches()) {
                String person = m.group("person") != null ? m.group("person") : m.group("person2");
                String org = m.group("org") != null ? m.group("org") : m.group("org2");
                if (looksLikePerson(person.strip())) {
                    senderPerson = person.strip();
                    senderOrg = org.strip();
                }
            }
        }
        // the names the newsletter goes by
        Set<String> names = new LinkedHashSet<>();
        if (list != null) {
            names.add(list);
        }
        if (senderOrg != null) {
            names.add(senderOrg);
        }
        String body = a.bodyText() == null ? "" : NewsletterTitles.key(a.bodyText());
        String subject = a.title();
        String recurring = null;
        for (String candidate : NewsletterTitles.nameCandidates(subject)) {
            String k = NewsletterTitles.key(candidate);
            if (!body.contains(k) && containsWords(NewsletterTitles.key(messageText.get()), k)) {
                names.add(candidate);
                recurring = recurring == null ? candidate : recurring;
            }
        }
        List<String> ordered = new ArrayList<>(names);
        String title = NewsletterTitles.strip(subject, ordered);

        // author: the byline, never the newsletter
        String author = a.author();
        if (author != null && isNewsletterName(author, names)) {
            author = null;
        }
        if (author == null && senderPerson != null) {
            author = senderPerson;
        }
        if (author == null && sender != null && senderPerson == null && looksLikePerson(sender)
                && (list == null || !NewsletterTitles.key(list).equals(NewsletterTitles.key(sender)))
                && !NewsletterTitles.key(sender).equals(NewsletterTitles.key(recurring))
                && !isStrippedName(subject, title, sender)) {
            author = sender; // a person writing their own letter
        }

        // source: the story's own credit, else the newsletter
        String source = a.source();
        if (source != null && (source.equalsIgnoreCase(a.site()) || looksLikeDomain(source))) {
            source = null; // only the sender's address: a name below says more
        }
        if (source == null && a.bodyText() != null) {
            String first = a.bodyText().split("\n\n", 2)[0];
            Matcher m = ExtractionRules.DATELINE_CREDIT.matcher(first);
            if (m.find() && !isDateWord(m.group("who"))) {
                source = m.group("who").strip();
            }
        }
        if (source == null) {
            source = list != null ? list : recurring != null ? recurring : senderOrg;
        }
        if (source != null) {
            source = SourceNames.respell(source, messageText);
        }
        return new ExtractedArticle(title, a.published(), a.updated(), author, source, a.site(), a.language(),
                a.url(), a.description(), a.leadImage(), a.bodyText(), a.bodyHtml(), a.dateline());
    }

    /** One of the newsletter's names, or a name with an organisation's word in it. */
    private static boolean isNewsletterName(String s, Set<String> names) {
        String k = NewsletterTitles.key(s);
        for (String n : names) {
            if (NewsletterTitles.key(n).equals(k)) {
                return true;
            }
        }
        return NewsletterRules.MAIL_ORGANISATION_WORDS.matcher(s).find();
    }

    /** The Subject lost s as its prefix or suffix: s is the newsletter's name. */
    private static boolean isStrippedName(String subject, String title, String s) {
        return subject != null && !subject.strip().equals(title) && NewsletterTitles.key(subject).contains(NewsletterTitles.key(s))
                && !NewsletterTitles.key(title).contains(NewsletterTitles.key(s));
    }

    static boolean looksLikePerson(String s) {
        return s != null && ExtractionRules.PERSON_NAME.matcher(s.strip()).matches()
                && !NewsletterRules.MAIL_ORGANISATION_WORDS.matcher(s).find();
    }

    private static boolean looksLikeDomain(String s) {
        return ExtractionRules.DOMAIN_ONLY.matcher(s.strip()).matches();
    }

    /** "(July 8)" or "(Updated)" in a dateline is not a credit. */
    private static boolean isDateWord(String who) {
        return ExtractionRules.DATELINE_NOT_A_CREDIT.matcher(who.strip()).matches();
    }

    private static boolean containsWords(String text, String words) {
        int from = 0;
        while (true) {
            int at = text.indexOf(words, from);
            if (at < 0) {
                return false;
            }
            int end = at + words.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
