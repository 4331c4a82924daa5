package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record page as served, before any script runs: what the script needs, and what a member without JavaScript is told. */
class RecordPageTest {
    @TempDir
    Path dir;

    @Test
    void without_javascript_the_page_says_how_the_cli_checks_the_log_and_gives_the_script_its_checkpoint() throws Exception {
        try (TestFederation fed = TestFederation.bakery(dir)) {
            for (int i = 0; i < 50 && fed.server.engine().record().coveredSize() == 0; i++) {
                fed.clock.advance(java.time.Duration.ofSeconds(1));
                Thread.sleep(100);
            }
            String page = new Visitor(fed).page("/record");
            assertThat(page).contains("only with JavaScript. Without it, the command below does the same")
                    .contains("./mandate verify --url " + fed.url(""))
                    .containsPattern("data-checkpoint data-origin=\"localhost/mandate-test\" data-size=\"[1-9]\\d*\" data-root=\"[A-Za-z0-9+/]{43}=\"")
                    .containsPattern("<script src=\"/assets/checkpoint-[0-9a-f]{12}\\.js\" defer>");
        }
    }
}
