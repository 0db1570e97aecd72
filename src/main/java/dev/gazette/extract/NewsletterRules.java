package dev.gazette.extract;

import java.util.regex.Pattern;

/**
 * The tuning constants and regular expressions of the e-mail newsletter readers
 * ({@code NewsletterMessage}, {@code NewsletterTitles}, {@code NewsletterLead}), commented, apart
 * from {@link ExtractionRules} so that each table stays readable. Nothing here names a particular
 * sender. Constants only; safe to share across threads.
 */
final class NewsletterRules {

    private NewsletterRules() {
    }

    /**
     * Reply and forward marks in front of a Subject ("Fwd:", "Fw:", "Re:", "TR:", "WG:", "AW:"):
     * never part of the headline. Removed repeatedly from the start.
     */
    static final Pattern MAIL_REPLY_PREFIX = Pattern.compile("(?iu)^\\s*(?:fwd?|re|tr|wg|aw|rv|sv|vs)\\s*:\\s*");
    /** A mailing-list tag in front of a Subject: "[The Weekly Compass] headline". Group "tag", "rest". */
    static final Pattern MAIL_LIST_TAG = Pattern.compile("^\\s*\\[(?<tag>[^\\[\\]]{1,60})\\]\\s*(?<rest>.+)$");
    /**
     * What separates a newsletter's name from the headline when the name comes first
     * ("Name: headline", "Name | headline", "Name - headline", "Name — headline"). A colon needs no
     * space before it; dashes need spaces on both sides (hyphenated words are not separators).
     */
    static final Pattern MAIL_NAME_PREFIX_SEPARATOR = Pattern.compile("^(?:\\s*[:|·•»>]|\\s+[-–—]{1,2})\\s+");
    /** What separates the headline from a newsletter's name when the name comes last ("headline | Name"). */
    static final Pattern MAIL_NAME_SUFFIX_SEPARATOR = Pattern.compile("\\s+(?:[|·•«<]|[-–—]{1,2})\\s*$");
    /**
     * An issue mark between the name and its separator: "Name #12: headline", "Name (issue 12) |".
     * Removed together with the name.
     */
    static final Pattern MAIL_ISSUE_MARK = Pattern.compile(
            "(?iu)^\\s*[,(]?\\s*(?:#\\s*\\d+|(?:issue|no\\.?|nr\\.?|vol\\.?|edition|ausgabe|numéro|n[º°])\\s*#?\\d+)\\s*\\)?");
    /** What is left after stripping a newsletter's name must have this many words to be a headline... */
    static final int MAIL_MIN_HEADLINE_WORDS = 3;
    /** ...and this many characters ("Issue 12", "July edition" are not headlines). */
    static final int MAIL_MIN_HEADLINE_CHARS = 15;
    /** Where a Subject splits into a name and a headline, for finding name candidates (": ", " | ", " - "). */
    static final Pattern MAIL_SUBJECT_SEPARATOR = Pattern.compile(":\\s|\\s[|·•»]\\s|\\s[-–—]{1,2}\\s");
    /** An issue number or a bracketed note after a candidate name ("Compass #12", "Compass (July)"). */
    static final Pattern MAIL_NAME_TRAILING_ISSUE = Pattern.compile("(?iu)\\s*(?:#\\s*\\d+|\\([^()]{1,20}\\))$");
    /** A Subject part taken for the newsletter's name because it recurs outside the article has 1 to this many words. */
    static final int MAIL_MAX_NAME_WORDS = 6;
    /**
     * Words of an organisation's or a newsletter's name rather than a person's: a From display
     * name holding one of them is not taken for the article's author.
     */
    static final Pattern MAIL_ORGANISATION_WORDS = Pattern.compile(
            "(?iu)\\b(?:news(?:letter|room|desk)?|weekly|daily|monthly|digest|bulletin|briefing|brief|roundup|"
            + "dispatch|update|updates|edition|journal|gazette|herald|times|post|tribune|chronicle|review|report|"
            + "magazine|press|media|radio|tv|team|editors?|editorial|staff|desk|club|society|association|"
            + "foundation|institute|council|university|inc|ltd|llc|gmbh|co|corp|group|network|"
            + "noreply|no-reply|info|hello|the)\\b");
    /**
     * A From display name that holds a person and the newsletter: "Weekly Lantern (Jo Testwell)",
     * "Jo Testwell from Weekly Lantern", "Jo Testwell | Weekly Lantern", "Jo Testwell at Weekly Lantern".
     */
    static final Pattern MAIL_SENDER_WITH_PERSON = Pattern.compile(
            "^(?<org>.+?)\\s*\\((?<person>[^()]{3,60})\\)$|^(?<person2>[^|]{3,60}?)\\s+(?:from|at|of|\\||via|–|—|-)\\s+(?<org2>.+)$");
    /** Longest kicker ("TOP STORY", "In focus") dropped above a newsletter's story, in words. */
    static final int MAIL_KICKER_MAX_WORDS = 4;
    /** Leading blocks of a newsletter's story examined for a kicker, byline, date or caption. */
    static final int MAIL_LEAD_BLOCKS = 6;
    /** A picture caption ending in its credit: "Sacks in a warehouse. Photo: Gulf of Guinea Bulletin". */
    static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "(?iu)(?:^|[.!?]\\s+|\\s[|–—-]\\s)(?:photo|image|picture|foto|bild)s?\\s*(?:credit)?\\s*:\\s*[^.!?]{2,80}$");
}
