package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.plan.Planning.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/** A period whose statements cannot be balanced: its page names the goods that block it and why, and offers no human round. */
class PlanBlockedTest {
    @TempDir
    Path dir;

    @Test
    void a_blocked_plan_names_its_goods_and_why() throws Exception {
        try (TestFederation fed = Planning.opened(dir)) {
            fed.run("chi", Planning.mill());
            fed.run("eve", new PlanCommand.StateRequests(PLAN, new BodyId("dairy"), List.of(new Request("bread", 50_000, List.of(new Step(100_000, 100_000_000))))));
            Planning.rounds(fed);
            PlanPhase phase = fed.read(s -> s.plans().of(PLAN).phase(s));
            assertThat(phase).isEqualTo(PlanPhase.BLOCKED);
            String why = fed.read(s -> s.plans().of(PLAN).why());

            String page = new Visitor(fed).as("dee").page(PLAN_PATH);
            assertThat(page).contains("Blocked: the statements cannot be balanced").contains("<h2 id=\"h-blocked\">Blocked by: Bread</h2>")
                    .contains(why.substring(0, Math.min(40, why.length())))
                    .contains("No round could run").doesNotContain("Call a human round");
        }
    }
}
