package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Members' names beside their ids, shown only to those who share a body with them; a visitor sees ids. */
class NamesTest {
    private static final String BODY = "/bodies/" + TestFederation.BAKERY.value();

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
    void a_member_of_the_same_assembly_sees_the_names_beside_the_ids() throws Exception {
        Visitor ben = new Visitor(fed).as("ben");
        assertThat(ben.page(BODY)).contains("<a href=\"/members/ana\">Member ana (ana)</a>").contains(">Member cy (cy)</a>");
        assertThat(ben.page("/proposals/" + TestFederation.RESOLUTION.value())).contains("<a href=\"/members/ana\">Member ana (ana)</a>");
        assertThat(ben.page("/members/cy")).contains("Known in the member directory as Member cy.");
    }

    @Test
    void a_visitor_and_a_member_of_no_common_body_see_ids_only() throws Exception {
        assertThat(new Visitor(fed).page(BODY)).contains("<a href=\"/members/ana\">ana</a>").doesNotContain("Member ana");
        Visitor dee = new Visitor(fed).as("dee");
        assertThat(dee.page(BODY)).contains("<a href=\"/members/ana\">ana</a>").doesNotContain("Member ana");
        assertThat(dee.page("/members/cy")).doesNotContain("Known in the member directory");
    }
}
