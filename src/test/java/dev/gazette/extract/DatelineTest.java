package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void readsTheWireForms() {
        Dateline d = Dateline.find("TIDEWICK, Md., Feb 26 - Harbour Pumps Inc said it sold a unit.");
        assertThat(d.text()).isEqualTo("TIDEWICK, Md., Feb 26");
        assertThat(d.place()).isEqualTo("TIDEWICK, Md.");
        assertThat(d.date()).isEqualTo("Feb 26");
        assertThat(d.agency()).isNull();
        assertThat(d.rest("TIDEWICK, Md., Feb 26 - Harbour Pumps Inc said it sold a unit."))
                .isEqualTo("Harbour Pumps Inc said it sold a unit.");

        Dateline agency = Dateline.find("OSLO (Nordic Wire) - The central bank held its rate.");
        assertThat(agency.place()).isEqualTo("OSLO");
        assertThat(agency.agency()).isEqualTo("Nordic Wire");

        Dateline both = Dateline.find("PORT ELLERY, March 3 (Ellery Coast Wire) - The council voted.");
        assertThat(both.text()).isEqualTo("PORT ELLERY, March 3 (Ellery Coast Wire)");
        assertThat(both.date()).isEqualTo("March 3");
        assertThat(both.agency()).isEqualTo("Ellery Coast Wire");

        Dateline dash = Dateline.find("KYIV, Ukraine — Trains to the west ran again on Monday after the storm.");
        assertThat(dash.place()).isEqualTo("KYIV, Ukraine");
        assertThat(dash.date()).isNull();
        Dateline touching = Dateline.find("LIMA—Fishing boats stayed in port for a third day as the swell grew.");
        assertThat(touching.place()).isEqualTo("LIMA");
    }

    @Test
    void toleratesTypedSpacingAndFlashMarks() {
        assertThat(Dateline.find("PARIS,March 16 - The group said it planned a share issue.").date()).isEqualTo("March 16");
        assertThat(Dateline.find("OAKLAND , Calif., March 2 - The company said it won.").place()).isEqualTo("OAKLAND , Calif.");
        assertThat(Dateline.find("****LONDON, March 5 - Traders bought eight cargoes.").text()).isEqualTo("LONDON, March 5");
        assertThat(Dateline.find("MINNETONKA, Minn. March 16 - Oper shr profit one ct").date()).isEqualTo("March 16");
        assertThat(Dateline.find("MEMPHIS, Tenn., March 12 - 4th qtr").date()).isEqualTo("March 12");
    }

    @Test
    void aTownInTitleCaseNeedsADate() {
        assertThat(Dateline.find("New York, March 26 - Shares rose in early trading.").place()).isEqualTo("New York");
        assertThat(Dateline.find("Jane Doe (Reuters) - Shares rose in early trading today.")).isNull();
        assertThat(Dateline.find("Yesterday - the market rose again in quiet trading for hours.")).isNull();
    }

    @Test
    void labelsHeadlinesAndCommentHeadersAreNoDatelines() {
        assertThat(Dateline.find("ADVERTISEMENT – Harbour View Homes")).isNull();
        assertThat(Dateline.find("UPDATE - The council has changed the date of the vote again.")).isNull();
        assertThat(Dateline.find("RSS - Posts")).isNull();
        assertThat(Dateline.find("LONDON - short")).isNull();
        assertThat(Dateline.find("HARBOUR PUMPS - TIDEWICK AND SONS INC <HPI> 4TH QTR")).isNull();
        assertThat(Dateline.find("Mira Hollis August 17, 2019 - 2:19 pm")).isNull();
        assertThat(Dateline.find("Mira Hollis, August 17, 2019 - 2:19 pm")).isNull();
        assertThat(Dateline.find("co-operative banks - merged")).isNull();
        assertThat(Dateline.find("")).isNull();
        assertThat(Dateline.find(null)).isNull();
    }

    @Test
    void aWholeDatelineIsNeverABylineButABylineIsNotADateline() {
        assertThat(Dateline.isWholeDateline("HAMBURG, June 5 (Continental Post) -")).isTrue();
        assertThat(Dateline.isWholeDateline("By HAMBURG, June 5 (Continental Post) -")).isTrue();
        assertThat(Dateline.isWholeDateline("TROMSØ, Jan 21")).isTrue();
        assertThat(Dateline.isWholeDateline("By Jonas Ehrenfeld")).isFalse();
        assertThat(Dateline.isWholeDateline("Martin Untersinger (avec Damien Leloup et Morgane Tual)")).isFalse();
        assertThat(Dateline.isWholeDateline("OSLO - The central bank held its rate on Thursday again.")).isFalse();
        assertThat(Dateline.isWholeDateline(null)).isFalse();
    }
}
