package org.mandate.core.rule;

import static org.mandate.core.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/** A command whose text could not fit in one record entry is refused by name, and changes nothing. */
class LimitsTest {

    private static Scenario bakery() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi");
        return s;
    }

    @Test
    void refuses_a_proposal_text_longer_than_the_record_can_hold() {
        Scenario s = bakery();
        String text = "x".repeat(Limits.TEXT + 1);
        s.when("ana", new ProposalCommand.SubmitProposal(p("p1"), b("bakery"), "Long", text, new Motion.Resolution(), List.of(), null))
                .thenRefused(Rejection.TooLong.class);
    }

    @Test
    void accepts_a_proposal_text_at_the_limit() {
        Scenario s = bakery();
        String text = "x".repeat(Limits.TEXT);
        s.when("ana", new ProposalCommand.SubmitProposal(p("p1"), b("bakery"), "Long", text, new Motion.Resolution(), List.of(), null))
                .thenAccepted();
    }

    @Test
    void refuses_a_choice_between_more_options_than_a_count_can_record() {
        Scenario s = bakery();
        List<String> options = new ArrayList<>();
        for (int i = 0; i <= Limits.OPTIONS; i++) {
            options.add("o" + i);
        }
        s.when("ana", new ProposalCommand.SubmitProposal(p("p1"), b("bakery"), "Many", "", new Motion.Choice(), options, null))
                .thenRefused(Rejection.TooLong.class);
    }

    @Test
    void refuses_an_objection_whose_reason_is_too_long_even_inside_a_ballot() {
        Scenario s = bakery();
        s.when("ana", new ProposalCommand.CastVote(p("none"), new Ballot.Consent(true, "y".repeat(Limits.NOTE + 1))))
                .thenRefused(Rejection.TooLong.class);
    }
}
