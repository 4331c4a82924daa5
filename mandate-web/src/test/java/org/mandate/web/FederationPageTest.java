package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The federation graph over HTTP: the federation of docs/examples, its council and both assemblies drawn and linked. */
class FederationPageTest {
    @TempDir
    Path dir;

    @Test
    void the_graph_draws_each_axis_with_every_body_a_link_to_its_page() throws Exception {
        try (TestFederation fed = TestFederation.script(dir, Path.of("../docs/examples/federation.jsonl"), "cast-seat-vote")) {
            String page = new Visitor(fed).page("/federation");
            assertThat(page).contains("Along the trade axis").contains("<svg class=\"graph\"");
            String svg = page.substring(page.indexOf("<svg class=\"graph\""), page.indexOf("</svg>"));
            assertThat(svg).contains("<a href=\"/bodies/fed\"><title>Food federation</title><rect class=\"council\"")
                    .contains("<a href=\"/bodies/bakery\"><title>Bakery workers' section</title><rect class=\"assembly\"")
                    .contains("<a href=\"/bodies/mill\">");
            assertThat(svg.split("class=\"edge\"", -1)).as("an edge from each assembly to the council").hasSize(3);
            assertThat(page).as("the same in words").contains("<dt><a href=\"/bodies/fed\">Food federation</a></dt>");
        }
    }
}
