package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "My acts" over HTTP: a member's own acts from the record, newest first, nobody else's, a page at a time. */
class ActsPageTest {
    @TempDir
    Path dir;

    private TestFederation fed;

    @BeforeEach
    void start() {
        fed = TestFederation.bakery(dir);
    }

    @AfterEach
    void stop() {
        fed.close();
    }

    @Test
    void a_member_sees_what_the_record_says_they_did_and_nothing_of_anyone_else() throws Exception {
        Visitor ben = new Visitor(fed).as("ben");
        assertThat(ben.page("/")).contains("href=\"/me/acts\"");
        String acts = ben.page("/me/acts");
        assertThat(acts).contains("You registered as a member of the federation.")
                .contains("You accepted to be a founding member of Northside Bakery Workers' Section.")
                .contains("You submitted the proposal \"Where should we hold the summer assembly?\"")
                .contains("You stood as a candidate in \"Elect our secretary\"")
                .doesNotContain("You founded the assembly")
                .doesNotContain("Bake for the school breakfast club");

        assertThat(ben.submit("/proposals/" + TestFederation.RESOLUTION.value(), "/proposals/" + TestFederation.RESOLUTION.value() + "/vote",
                "choice=no").statusCode()).isEqualTo(303);
        String after = ben.page("/me/acts");
        assertThat(rows(after).lines().toList().get(1)).as("the newest act first").startsWith("You voted on \"Bake for the school breakfast club\": no.");
    }

    @Test
    void older_acts_are_a_page_further_and_a_visitor_is_sent_to_log_in() throws Exception {
        Visitor ben = new Visitor(fed).as("ben");
        String acts = ben.page("/me/acts");
        Matcher number = Pattern.compile("event (\\d+)</").matcher(acts);
        assertThat(number.find()).isTrue();
        String newest = number.group(1);
        String older = ben.page("/me/acts?before=" + newest);
        assertThat(older).doesNotContain("event " + newest + "<").contains("Newest acts");
        assertThat(rows(older).length()).isLessThan(rows(acts).length());

        assertThat(new Visitor(fed).get("/me/acts").headers().firstValue("Location")).hasValue("/login?next=/me/acts");
    }

    /** The text of the table's body, first row first. */
    private static String rows(String html) {
        int start = html.indexOf("<tbody>");
        return html.substring(start + 7, html.indexOf("</tbody>", start)).replaceAll("<[^>]+>", "").strip();
    }
}
