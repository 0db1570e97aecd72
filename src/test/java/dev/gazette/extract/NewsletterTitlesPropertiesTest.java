package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Taking a newsletter's name off a Subject never empties it and never makes it longer. */
class NewsletterTitlesPropertiesTest {

    @Property(tries = 2000)
    void strippingNeverEmptiesNorLengthensASubject(@ForAll("subjects") String subject, @ForAll("names") List<String> names) {
        String stripped = NewsletterTitles.strip(subject, names);
        assertThat(stripped.length()).isLessThanOrEqualTo(subject.length());
        if (!subject.isBlank()) {
            assertThat(stripped).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void whatIsLeftOfAStrippedSubjectIsAHeadline(@ForAll("subjects") String subject, @ForAll("names") List<String> names) {
        String stripped = NewsletterTitles.strip(subject, names);
        String squeezed = subject.strip().replaceAll("\\s+", " ");
        if (!subject.isBlank() && !stripped.equals(squeezed)) {
            assertThat(NewsletterTitles.isHeadline(stripped)).as(stripped).isTrue();
        }
    }

    @Provide
    Arbitrary<String> subjects() {
        Arbitrary<String> word = Arbitraries.of("The", "Weekly", "Compass", "Ghana", "cocoa", "tags", "sack", "Re:",
                "Fwd:", "[Compass]", ":", "|", "-", "—", "#12", "(Issue", "3)", "a", "", " ", "x", "Kumasi", "é");
        Arbitrary<String> built = word.list().ofMaxSize(14).map(ws -> String.join(" ", ws));
        Arbitrary<String> raw = Arbitraries.strings().withChars("ab :|-—[]#()\t\n").ofMaxLength(40);
        return Arbitraries.oneOf(built, raw);
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of("The Weekly Compass", "Compass", "Weekly", "", " ", "[Compass]", "a", ":"),
                Arbitraries.strings().withChars("ab :|-").ofMaxLength(12));
        return Combinators.combine(name, name).as(List::of);
    }
}
