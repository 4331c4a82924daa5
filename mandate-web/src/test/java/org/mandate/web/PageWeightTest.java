package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weight budget of the main pages: under 100 KB of HTML, CSS and JavaScript unpacked, as a first
 * visit loads them (compressed, they are a quarter of that). The demo's figures are in docs/benchmarks.md
 * (bin/page-weight.sh); this holds the budget as pages and assets change.
 */
class PageWeightTest {
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");
    private static final int BUDGET = 100 * 1024;

    @TempDir
    Path dir;

    @Test
    void each_main_page_with_its_stylesheet_and_scripts_weighs_under_the_budget() throws Exception {
        try (TestFederation fed = TestFederation.bakery(dir)) {
            Visitor ben = new Visitor(fed).as("ben");
            for (String path : new String[] {"/", "/me/acts", "/federation", "/bodies/bakery", "/proposals/" + TestFederation.CHOICE.value(), "/record"}) {
                String html = ben.page(path);
                long total = html.getBytes(StandardCharsets.UTF_8).length;
                Matcher m = ASSET.matcher(html);
                while (m.find()) {
                    total += ben.page(m.group(1)).getBytes(StandardCharsets.UTF_8).length;
                }
                assertThat(total).as(path).isLessThan(BUDGET);
            }
            assertThat(ben.page("/proposals/" + TestFederation.CHOICE.value())).as("the ranking page loads its script").contains("/assets/rank-");
        }
    }
}
