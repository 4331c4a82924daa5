package org.mandate.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Event;
import org.mandate.core.Scenario;
import org.mandate.core.body.BodyEvent.*;
import org.mandate.core.charter.Charter;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Result;

class AffiliationTest {

    /** Three quick assemblies: bakery (ana, ben), mill (cy, dee), oven (eli, fay). */
    private static Scenario three() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben");
        assembly(s, "mill", quickAssembly(), "cy", "dee");
        assembly(s, "oven", quickAssembly(), "eli", "fay");
        return s;
    }

    /** bakery founds the council fed naming mill as co-founder; mill joins. */
    private static Scenario federation() {
        Scenario s = three();
        foundCouncil(s, "bakery", "fed", "trade", "mill");
        adopt(s, "mill", "mill.join", new Motion.JoinAsFounder(b("fed")));
        return s;
    }

    /** Submits and publishes a council proposal without voting on it. */
    private static void put(Scenario s, String proposer, String council, String id, Motion motion, Duration voting) {
        s.given(proposer, new ProposalCommand.SubmitProposal(p(id), b(council), "P " + id, "Text", motion, List.of(), null));
        s.given(proposer, new ProposalCommand.PublishProposal(p(id), null, voting));
    }

    private static List<Class<?>> types(List<Event> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void a_body_founds_a_council_by_its_own_decision_and_is_its_first_member() {
        Scenario s = three();

        var events = foundCouncil(s, "bakery", "fed", "trade", "mill");

        assertThat(types(events)).containsExactly(ProposalClosed.class, CouncilFounded.class);
        assertThat(events.get(1)).isEqualTo(new CouncilFounded(s.now(), b("fed"), "Council fed", "trade", quickCouncil(),
                b("bakery"), List.of(b("mill")), p("bakery.found.fed")));
        Body fed = s.state().body(b("fed"));
        assertThat(fed.isCouncil()).isTrue();
        assertThat(fed.axis()).isEqualTo("trade");
        assertThat(fed.memberBodies()).containsOnlyKeys(b("bakery"));
        assertThat(fed.pendingFounderBodies()).containsExactly(b("mill"));
        assertThat(s.state().body(b("bakery")).councils()).containsOnlyKeys(b("fed"));
        assertThat(s.state().body(b("mill")).councils()).isEmpty();
    }

    @Test
    void a_cofounding_body_joins_only_by_its_own_decision() {
        Scenario s = three();
        foundCouncil(s, "bakery", "fed", "trade", "mill");

        var events = adopt(s, "mill", "mill.join", new Motion.JoinAsFounder(b("fed")));

        assertThat(types(events)).containsExactly(ProposalClosed.class, FounderBodyJoined.class);
        assertThat(events.get(1)).isEqualTo(new FounderBodyJoined(s.now(), b("fed"), b("mill"), p("mill.join")));
        assertThat(s.state().body(b("fed")).memberBodies()).containsOnlyKeys(b("bakery"), b("mill"));
        assertThat(s.state().body(b("fed")).pendingFounderBodies()).isEmpty();
        assertThat(s.state().body(b("mill")).councils()).containsOnlyKeys(b("fed"));
    }

    @Test
    void refuses_joining_as_founder_a_body_that_was_not_named() {
        Scenario s = three();
        foundCouncil(s, "bakery", "fed", "trade", "mill");

        s.when("eli", submit("oven.join", "oven", new Motion.JoinAsFounder(b("fed")))).thenRefused(Rejection.NotAFounderBody.class);
    }

    @Test
    void refuses_founding_a_council_under_an_id_in_use() {
        Scenario s = three();

        s.when("ana", submit("f", "bakery", new Motion.FoundCouncil(b("mill"), "Mill?", "trade", null, List.of())))
                .thenRefused(Rejection.IdInUse.class);
    }

    @Test
    void an_applying_body_is_admitted_by_the_decisions_of_the_councils_member_bodies() {
        Scenario s = federation();

        var filed = adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));

        assertThat(types(filed)).containsExactly(ProposalClosed.class, CouncilApplicationFiled.class, ProposalSubmitted.class,
                ProposalPublished.class, VotingOpened.class);
        assertThat(filed.get(1)).isEqualTo(new CouncilApplicationFiled(s.now(), b("fed"), b("oven"), p("oven.apply"), p("fed.admit.oven")));
        var admission = s.state().proposal(p("fed.admit.oven"));
        assertThat(admission.motion()).isEqualTo(new Motion.AdmitBody(b("oven")));
        assertThat(admission.roll().asMap()).containsOnlyKeys("bakery", "mill");

        var bakeryVote = adopt(s, "bakery", "bakery.on.admit", new Motion.CastBodyVote(p("fed.admit.oven"), yes()));
        assertThat(bakeryVote.get(1)).isEqualTo(new BodyVoteCast(s.now(), p("fed.admit.oven"), b("bakery"), yes(), p("bakery.on.admit")));
        adopt(s, "mill", "mill.on.admit", new Motion.CastBodyVote(p("fed.admit.oven"), yes()));
        assertThat(s.state().body(b("oven")).councils()).isEmpty();

        var closed = closeVote(s, "fed.admit.oven");

        assertThat(types(closed)).containsExactly(ProposalClosed.class, BodyAdmitted.class);
        assertThat(closed.get(1)).isEqualTo(new BodyAdmitted(s.now(), b("fed"), b("oven"), p("fed.admit.oven")));
        assertThat(s.state().body(b("fed")).memberBodies()).containsOnlyKeys(b("bakery"), b("mill"), b("oven"));
        assertThat(s.state().body(b("oven")).councils()).containsOnlyKeys(b("fed"));
    }

    @Test
    void member_bodies_voting_no_keep_an_applicant_out() {
        Scenario s = federation();
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));
        bodyVotes(s, "bakery", "fed.admit.oven", no());
        bodyVotes(s, "mill", "fed.admit.oven", no());

        var closed = closeVote(s, "fed.admit.oven");

        assertThat(types(closed)).containsExactly(ProposalClosed.class);
        assertThat(s.state().body(b("fed")).memberBodies()).doesNotContainKey(b("oven"));
    }

    @Test
    void refuses_a_persons_own_vote_in_a_council() {
        Scenario s = federation();
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));

        s.when("ana", vote("fed.admit.oven", yes())).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_a_body_vote_by_a_body_not_on_the_roll() {
        Scenario s = federation();
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));

        s.when("eli", submit("oven.on.admit", "oven", new Motion.CastBodyVote(p("fed.admit.oven"), yes())))
                .thenRefused(Rejection.BodyNotOnRoll.class);
    }

    @Test
    void refuses_applying_to_a_council_one_already_belongs_to() {
        Scenario s = federation();

        s.when("ana", submit("again", "bakery", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.bakery"))))
                .thenRefused(Rejection.AlreadyAffiliated.class);
    }

    @Test
    void refuses_applying_to_an_assembly_as_if_it_were_a_council() {
        Scenario s = three();

        s.when("ana", submit("x", "bakery", new Motion.ApplyToCouncil(b("mill"), p("mill.admit.bakery"))))
                .thenRefused(Rejection.NotACouncil.class);
    }

    @Test
    void a_body_secedes_by_its_own_decision_alone_at_the_close_of_its_vote() {
        Scenario s = federation();
        openVote(s, "cy", submit("mill.leave", "mill", new Motion.Secede(b("fed"))));
        s.given("cy", vote("mill.leave", yes()));
        assertThat(s.state().body(b("fed")).memberBodies()).containsKey(b("mill"));

        var closed = closeVote(s, "mill.leave");

        assertThat(types(closed)).containsExactly(ProposalClosed.class, BodySeceded.class);
        assertThat(closed.get(1)).isEqualTo(new BodySeceded(s.now(), b("fed"), b("mill"), p("mill.leave")));
        assertThat(s.state().body(b("fed")).memberBodies()).containsOnlyKeys(b("bakery"));
        assertThat(s.state().body(b("mill")).councils()).isEmpty();
    }

    @Test
    void refuses_seceding_from_a_council_one_does_not_belong_to() {
        Scenario s = federation();

        s.when("eli", submit("oven.leave", "oven", new Motion.Secede(b("fed")))).thenRefused(Rejection.NotAffiliated.class);
    }

    @Test
    void a_council_ends_an_affiliation_only_by_the_other_member_bodies() {
        Scenario s = federation();
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));
        bodyVotes(s, "bakery", "fed.admit.oven", yes());
        closeVote(s, "fed.admit.oven");

        put(s, "ana", "fed", "fed.end.oven", new Motion.EndAffiliation(b("oven")), Duration.ofDays(9));
        assertThat(s.state().proposal(p("fed.end.oven")).roll().asMap()).containsOnlyKeys("bakery", "mill");
        s.when("eli", submit("oven.on.end", "oven", new Motion.CastBodyVote(p("fed.end.oven"), no())))
                .thenRefused(Rejection.BodyNotOnRoll.class);
        bodyVotes(s, "bakery", "fed.end.oven", yes());
        bodyVotes(s, "mill", "fed.end.oven", yes());

        var closed = closeVote(s, "fed.end.oven");

        assertThat(types(closed)).containsExactly(ProposalClosed.class, AffiliationEnded.class);
        assertThat(closed.get(1)).isEqualTo(new AffiliationEnded(s.now(), b("fed"), b("oven"), p("fed.end.oven")));
        assertThat(s.state().body(b("fed")).memberBodies()).containsOnlyKeys(b("bakery"), b("mill"));
        assertThat(s.state().body(b("oven")).councils()).isEmpty();
    }

    @Test
    void ending_an_affiliation_fails_short_of_a_qualified_majority_of_the_others() {
        Scenario s = federation();
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));
        bodyVotes(s, "bakery", "fed.admit.oven", yes());
        closeVote(s, "fed.admit.oven");
        put(s, "ana", "fed", "fed.end.oven", new Motion.EndAffiliation(b("oven")), Duration.ofDays(9));
        bodyVotes(s, "bakery", "fed.end.oven", yes());
        bodyVotes(s, "mill", "fed.end.oven", no());

        closeVote(s, "fed.end.oven");

        assertThat(s.state().proposal(p("fed.end.oven")).result().verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
        assertThat(s.state().body(b("fed")).memberBodies()).containsKey(b("oven"));
    }

    @Test
    void refuses_ending_the_affiliation_of_a_body_that_is_not_a_member() {
        Scenario s = federation();

        s.when("ana", submit("fed.end.oven", "fed", new Motion.EndAffiliation(b("oven")))).thenRefused(Rejection.NotAffiliated.class);
    }

    @Test
    void a_body_belongs_to_two_councils_on_different_axes() {
        Scenario s = three();
        foundCouncil(s, "bakery", "fed", "trade");
        foundCouncil(s, "bakery", "city", "territory");

        assertThat(s.state().body(b("bakery")).councils()).containsOnlyKeys(b("fed"), b("city"));
        assertThat(s.state().body(b("fed")).axis()).isEqualTo("trade");
        assertThat(s.state().body(b("city")).axis()).isEqualTo("territory");
        assertThat(s.state().peopleBeneath(b("city"))).containsExactlyInAnyOrder(m("ana"), m("ben"));
    }

    @Test
    void refuses_an_application_that_would_close_a_cycle() {
        Scenario s = three();
        foundCouncil(s, "bakery", "fed", "trade");
        councilAdopts(s, "fed", "fed.found.super", new Motion.FoundCouncil(b("super"), "Super", "trade", quickCouncil(), List.of()), null);
        assertThat(s.state().body(b("fed")).councils()).containsOnlyKeys(b("super"));

        s.when("ana", submit("super.apply", "super", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.super"))))
                .thenRefused(Rejection.WouldCreateCycle.class);
    }

    @Test
    void a_standing_application_that_would_close_a_cycle_lapses_at_the_close() {
        Scenario s = three();
        foundCouncil(s, "bakery", "fed", "trade");
        foundCouncil(s, "bakery", "city", "territory");
        put(s, "ana", "fed", "fed.apply", new Motion.ApplyToCouncil(b("city"), p("city.admit.fed")), null);
        put(s, "ana", "city", "city.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.city")), Duration.ofDays(20));
        bodyVotes(s, "bakery", "fed.apply", yes());
        bodyVotes(s, "bakery", "city.apply", yes());
        closeVote(s, "fed.apply");
        bodyVotes(s, "bakery", "city.admit.fed", yes());
        closeVote(s, "city.admit.fed");
        assertThat(s.state().body(b("fed")).councils()).containsOnlyKeys(b("city"));

        var closed = closeVote(s, "city.apply");

        assertThat(types(closed)).containsExactly(ProposalClosed.class, EffectLapsed.class);
        assertThat(((EffectLapsed) closed.get(1)).reason())
                .isEqualTo(new Rejection.WouldCreateCycle(b("city"), b("fed")).message());
        assertThat(s.state().proposal(p("fed.admit.city"))).isNull();
        assertThat(s.state().body(b("city")).councils()).isEmpty();
    }

    @Test
    void a_council_founded_under_an_invalid_charter_is_refused() {
        Scenario s = three();
        Charter bad = withRule(quickCouncil(), org.mandate.core.charter.DecisionKind.END_AFFILIATION,
                org.mandate.core.charter.DecisionRule.majority(org.mandate.core.count.Fraction.HALF));

        s.when("ana", submit("f", "bakery", new Motion.FoundCouncil(b("fed"), "Fed", "trade", bad, List.of())))
                .thenRefused(Rejection.InvalidCharter.class);
    }

    @Test
    void a_council_weighing_by_membership_freezes_each_bodys_people_at_publication() {
        Scenario s = three();
        Charter weighted = new Charter(quickCouncil().rules(), quickCouncil().admission(), org.mandate.core.charter.Weighting.BY_MEMBERSHIP,
                quickCouncil().annulmentWindow(), false);
        adopt(s, "bakery", "found", new Motion.FoundCouncil(b("fed"), "Fed", "trade", weighted, List.of(b("mill"))));
        adopt(s, "mill", "join", new Motion.JoinAsFounder(b("fed")));
        adopt(s, "oven", "apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));

        assertThat(s.state().proposal(p("fed.admit.oven")).roll().asMap()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("bakery", 2L, "mill", 2L));
        assertThat(s.state().proposal(p("fed.admit.oven")).rollWeight()).isEqualTo(4);
    }

    @Test
    void a_body_that_secedes_during_a_council_vote_no_longer_counts_in_it() {
        Scenario s = federation();
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));
        bodyVotes(s, "bakery", "fed.admit.oven", yes());
        openVote(s, "cy", submit("mill.on.admit", "mill", new Motion.CastBodyVote(p("fed.admit.oven"), no())));
        openVote(s, "cy", submit("mill.leave", "mill", new Motion.Secede(b("fed"))));
        s.given("cy", vote("mill.on.admit", yes()));
        s.given("cy", vote("mill.leave", yes()));
        closeVote(s, "mill.leave");
        assertThat(s.state().body(b("fed")).memberBodies()).doesNotContainKey(b("mill"));
        assertThat(s.state().proposal(p("fed.admit.oven")).participants()).containsExactlyInAnyOrder("bakery", "mill");

        closeVote(s, "fed.admit.oven");

        var result = s.state().proposal(p("fed.admit.oven")).result();
        assertThat(result.tally()).isEqualTo(new org.mandate.core.vote.Tally.YesNo(1, 0, 0, 1, 1));
        assertThat(s.state().body(b("fed")).memberBodies()).containsOnlyKeys(b("bakery"), b("oven"));
    }

    @Test
    void a_body_vote_decided_at_the_very_close_of_the_council_vote_comes_too_late_whatever_its_id() {
        Scenario s = federation();
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));
        var closes = s.state().proposal(p("fed.admit.oven")).closesAt();
        // each assembly's decision closes exactly when the council's vote closes (a quick vote lasts one day)
        s.at(closes.minus(DAY));
        openVote(s, "ana", submit("a.on.admit", "bakery", new Motion.CastBodyVote(p("fed.admit.oven"), yes())));
        openVote(s, "cy", submit("z.on.admit", "mill", new Motion.CastBodyVote(p("fed.admit.oven"), yes())));
        s.given("ana", vote("a.on.admit", yes()));
        s.given("cy", vote("z.on.admit", yes()));
        assertThat(s.state().proposal(p("a.on.admit")).closesAt()).isEqualTo(closes);

        var events = closeVote(s, "fed.admit.oven");

        assertThat(events.stream().filter(EffectLapsed.class::isInstance).map(e -> ((EffectLapsed) e).proposal()).toList())
                .containsExactlyInAnyOrder(p("a.on.admit"), p("z.on.admit"));
        assertThat(s.state().proposal(p("fed.admit.oven")).participants()).isEmpty();
    }

    @Test
    void refuses_a_council_applying_to_itself() {
        Scenario s = federation();

        s.when("ana", submit("self", "fed", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.fed")))).thenRefused(Rejection.WouldCreateCycle.class);
    }

    @Test
    void refuses_ending_an_affiliation_in_an_assembly() {
        Scenario s = federation();

        s.when("ana", submit("end", "bakery", new Motion.EndAffiliation(b("mill")))).thenRefused(Rejection.NotACouncil.class);
    }
}
