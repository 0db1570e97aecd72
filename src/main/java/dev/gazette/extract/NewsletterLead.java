package dev.gazette.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Takes the lines an e-mail newsletter prints above its story out of the extracted article: a
 * kicker ("TOP STORY"), the headline again, the byline ("By Kofi Amponsah-Darko"), a date line
 * and a picture caption ending in its credit. Only the first
 * {@link NewsletterRules#MAIL_LEAD_BLOCKS} text blocks are looked at, and it stops at the first
 * block of prose, so the story itself is never touched. The same rule the plain-text extractor
 * applies to pasted pages (leading non-sentences are metadata), for the blocks of an HTML mail.
 * Stateless and thread-safe; changes the element it is given.
 */
final class NewsletterLead {

    /** The byline found above the story (without "By"), or null. */
    record Trimmed(String byline) {
    }

    private NewsletterLead() {
    }

    static Trimmed trim(Element article, String headline) {
        if (article == null) {
            return new Trimmed(null);
        }
        String normHeadline = headline == null ? null : HtmlBodyExtractor.normalize(headline);
        String byline = null;
        List<Element> remove = new ArrayList<>();
        int seen = 0;
        for (Element e : article.getAllElements()) {
            if (e == article || !isTextLeaf(e)) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (++seen > NewsletterRules.MAIL_LEAD_BLOCKS) {
                break;
            }
            int words = TextLines.words(text);
            if (words <= 8 && ExtractionRules.BYLINE_PREFIX.matcher(text).find()
                    && !ExtractionRules.SENTENCE_END.matcher(text).find()) {
                if (byline == null) {
                    String who = ExtractionRules.BYLINE_PREFIX.matcher(text).replaceFirst("").strip();
                    byline = who.isEmpty() ? null : who;
                }
                remove.add(e);
            } else if (isHeadline(HtmlBodyExtractor.normalize(text), normHeadline, words)) {
                remove.add(e); // the headline again, maybe without the newsletter's name the title has
            } else if (words <= NewsletterRules.MAIL_KICKER_MAX_WORDS && !TextBodyExtractor.isSentence(text)
                    && !ExtractionRules.SENTENCE_END.matcher(text).find() && !text.endsWith(",")) {
                remove.add(e); // kicker or label
            } else if (TextLines.isDateOrBylineLine(text)) {
                remove.add(e);
            } else if (words <= 30 && NewsletterRules.CAPTION_WITH_CREDIT.matcher(text).find()) {
                remove.add(e);
            } else {
                break; // the story starts here
            }
        }
        remove.forEach(Element::remove);
        return new Trimmed(byline);
    }

    /** The block says what the page title says, or the title's start or end (the rest being the newsletter's name). */
    private static boolean isHeadline(String block, String title, int words) {
        if (title == null || block.isEmpty()) {
            return false;
        }
        return block.equals(title) || words >= NewsletterRules.MAIL_MIN_HEADLINE_WORDS
                && (title.endsWith(" " + block) || title.startsWith(block + " "));
    }

    /** A block element with text and no block element inside it. */
    private static boolean isTextLeaf(Element e) {
        if (!ExtractionRules.BLOCK_TAGS.contains(e.normalName()) || e.normalName().equals("body")
                || e.normalName().equals("html")) {
            return false;
        }
        for (Element c : e.getAllElements()) {
            if (c != e && ExtractionRules.BLOCK_TAGS.contains(c.normalName())) {
                return false;
            }
        }
        return true;
    }
}
