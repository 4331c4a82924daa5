package org.mandate.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.body.BodyCommand.*;
import org.mandate.core.body.BodyEvent.*;
import org.mandate.core.charter.AdmissionRule;
import org.mandate.core.charter.Charter;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.rule.Rejection;

class AdmissionTest {

    private static final Duration WINDOW = Duration.ofDays(7);

    private static Charter sponsorship() {
        Charter d = Charter.defaultAssembly();
        return new Charter(d.rules(), AdmissionRule.bySponsorship(2, WINDOW), d.weighting(), d.annulmentWindow(), false);
    }

    private static Scenario byVote() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi");
        register(s, "dan");
        return s;
    }

    private static Scenario bySponsorship() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", sponsorship(), "ana", "ben", "chi");
        register(s, "dan");
        s.given("dan", new ApplyForAdmission(b("bakery"), null));
        return s;
    }

    // --- by vote ---

    @Test
    void an_application_under_a_vote_rule_opens_an_admission_vote() {
        Scenario s = byVote();

        s.when("dan", new ApplyForAdmission(b("bakery"), p("admit-dan")))
                .thenEvents(AdmissionApplied.class, ProposalSubmitted.class, ProposalPublished.class);

        var vote = s.state().proposal(p("admit-dan"));
        assertThat(vote.motion()).isEqualTo(new Motion.AdmitMember(m("dan")));
        assertThat(vote.phase()).isEqualTo(Phase.DELIBERATION);
        assertThat(vote.roll().asMap()).containsOnlyKeys("ana", "ben", "chi");
        assertThat(s.state().body(b("bakery")).applications()).containsOnlyKeys(m("dan"));
    }

    @Test
    void an_adopted_admission_vote_admits_the_applicant() {
        Scenario s = byVote();
        s.given("dan", new ApplyForAdmission(b("bakery"), p("admit-dan")));
        s.at(s.state().proposal(p("admit-dan")).votingOpensAt()).tick();
        s.given("ana", vote("admit-dan", yes()));
        s.given("ben", vote("admit-dan", yes()));
        s.at(s.state().proposal(p("admit-dan")).closesAt());

        s.when(null, new org.mandate.core.clock.Tick()).thenEvents(ProposalClosed.class, MemberAdmitted.class);

        assertThat(s.only(MemberAdmitted.class)).isEqualTo(new MemberAdmitted(s.now(), b("bakery"), m("dan"), p("admit-dan")));
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isTrue();
        assertThat(s.state().body(b("bakery")).applications()).isEmpty();
        assertThat(s.state().member(m("dan")).bodies()).containsExactly(b("bakery"));
    }

    @Test
    void a_rejected_admission_vote_refuses_the_application() {
        Scenario s = byVote();
        s.given("dan", new ApplyForAdmission(b("bakery"), p("admit-dan")));
        s.at(s.state().proposal(p("admit-dan")).votingOpensAt()).tick();
        s.given("ana", vote("admit-dan", no()));
        s.given("ben", vote("admit-dan", no()));
        s.at(s.state().proposal(p("admit-dan")).closesAt());

        s.when(null, new org.mandate.core.clock.Tick()).thenEvents(ProposalClosed.class, ApplicationRefused.class);

        assertThat(s.only(ApplicationRefused.class)).isEqualTo(new ApplicationRefused(s.now(), b("bakery"), m("dan"), p("admit-dan")));
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isFalse();
        assertThat(s.state().body(b("bakery")).applications()).isEmpty();
    }

    @Test
    void refuses_an_application_under_a_vote_rule_without_a_fresh_vote_id() {
        Scenario s = byVote();

        s.when("dan", new ApplyForAdmission(b("bakery"), null)).thenRefused(Rejection.IdInUse.class);
    }

    @Test
    void refuses_a_second_open_application() {
        Scenario s = byVote();
        s.given("dan", new ApplyForAdmission(b("bakery"), p("admit-dan")));

        s.when("dan", new ApplyForAdmission(b("bakery"), p("admit-dan-2"))).thenRefused(Rejection.AlreadyApplied.class);
    }

    @Test
    void refuses_an_application_by_a_member() {
        Scenario s = byVote();

        s.when("ben", new ApplyForAdmission(b("bakery"), p("admit-ben"))).thenRefused(Rejection.AlreadyMember.class);
    }

    @Test
    void refuses_sponsoring_under_a_vote_rule() {
        Scenario s = byVote();
        s.given("dan", new ApplyForAdmission(b("bakery"), p("admit-dan")));

        s.when("ana", new SponsorApplicant(b("bakery"), m("dan"))).thenRefused(Rejection.WrongAdmissionRoute.class);
    }

    // --- by sponsorship ---

    @Test
    void an_application_under_sponsorship_waits_for_sponsors_without_a_vote() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", sponsorship(), "ana", "ben", "chi");
        register(s, "dan");

        s.when("dan", new ApplyForAdmission(b("bakery"), null)).thenEvents(AdmissionApplied.class);

        assertThat(s.state().proposals()).isEmpty();
        assertThat(s.state().body(b("bakery")).applications().get(m("dan")).objectionDeadline()).isNull();
    }

    @Test
    void completed_sponsorship_opens_the_objection_window() {
        Scenario s = bySponsorship();
        s.when("ana", new SponsorApplicant(b("bakery"), m("dan"))).thenEvents(ApplicantSponsored.class);
        assertThat(s.only(ApplicantSponsored.class).objectionsUntil()).isNull();

        s.when("ben", new SponsorApplicant(b("bakery"), m("dan"))).thenEvents(ApplicantSponsored.class);

        assertThat(s.only(ApplicantSponsored.class))
                .isEqualTo(new ApplicantSponsored(s.now(), b("bakery"), m("dan"), m("ben"), s.now().plus(WINDOW)));
        Application a = s.state().body(b("bakery")).applications().get(m("dan"));
        assertThat(a.sponsors()).containsExactly(m("ana"), m("ben"));
        assertThat(a.objectionDeadline()).isEqualTo(s.now().plus(WINDOW));
    }

    @Test
    void a_sponsored_applicant_is_admitted_at_the_tick_after_an_unopposed_window() {
        Scenario s = bySponsorship();
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("ben", new SponsorApplicant(b("bakery"), m("dan")));
        var deadline = s.now().plus(WINDOW);

        s.at(deadline.minusSeconds(1)).when(null, new org.mandate.core.clock.Tick()).thenEvents();
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isFalse();

        s.at(deadline).when(null, new org.mandate.core.clock.Tick()).thenEvents(MemberAdmitted.class);

        assertThat(s.only(MemberAdmitted.class)).isEqualTo(new MemberAdmitted(deadline, b("bakery"), m("dan"), null));
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isTrue();
        assertThat(s.state().schedule().size()).isZero();
    }

    @Test
    void a_reasoned_objection_within_the_window_sends_the_application_to_a_vote() {
        Scenario s = bySponsorship();
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("ben", new SponsorApplicant(b("bakery"), m("dan")));
        s.after(Duration.ofDays(2));

        s.when("chi", new ObjectToApplicant(b("bakery"), m("dan"), "never showed up to a meeting"))
                .thenEvents(ApplicantObjected.class, ProposalSubmitted.class, ProposalPublished.class);

        assertThat(s.only(ApplicantObjected.class)).isEqualTo(new ApplicantObjected(s.now(), b("bakery"), m("dan"), m("chi"),
                "never showed up to a meeting", p("bakery.admit.dan")));
        var vote = s.state().proposal(p("bakery.admit.dan"));
        assertThat(vote.motion()).isEqualTo(new Motion.AdmitMember(m("dan")));
        assertThat(s.state().body(b("bakery")).applications().get(m("dan")).vote()).isEqualTo(p("bakery.admit.dan"));

        s.at(vote.votingOpensAt()).tick();
        // the window's end no longer admits anyone: the vote decides
        s.at(Scenario.T0.plus(WINDOW)).tick();
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isFalse();
        s.given("ana", vote("bakery.admit.dan", yes()));
        s.given("ben", vote("bakery.admit.dan", yes()));
        s.given("chi", vote("bakery.admit.dan", no()));
        closeVote(s, "bakery.admit.dan");
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isTrue();
    }

    @Test
    void an_applicant_refused_once_can_be_objected_to_again_when_they_reapply() {
        Scenario s = bySponsorship();
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("ben", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("chi", new ObjectToApplicant(b("bakery"), m("dan"), "never showed up"));
        var first = s.state().proposal(p("bakery.admit.dan"));
        s.at(first.votingOpensAt()).tick();
        s.given("ana", vote("bakery.admit.dan", no()));
        s.given("chi", vote("bakery.admit.dan", no()));
        closeVote(s, "bakery.admit.dan");
        assertThat(s.state().body(b("bakery")).applications()).isEmpty();
        s.given("dan", new ApplyForAdmission(b("bakery"), null));
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("ben", new SponsorApplicant(b("bakery"), m("dan")));

        s.when("chi", new ObjectToApplicant(b("bakery"), m("dan"), "still never shows up"))
                .thenEvents(ApplicantObjected.class, ProposalSubmitted.class, ProposalPublished.class);

        var vote = s.only(ApplicantObjected.class).vote();
        assertThat(vote).isNotEqualTo(p("bakery.admit.dan"));
        assertThat(s.state().proposal(vote).motion()).isEqualTo(new Motion.AdmitMember(m("dan")));
        s.at(s.now().plus(WINDOW)).tick();
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).as("the objection, not the window, decides").isFalse();
    }

    @Test
    void an_objection_to_an_applicant_with_long_ids_opens_a_vote_rather_than_failing() {
        String body = "b".repeat(100);
        String applicant = "d".repeat(100);
        Scenario s = Scenario.start();
        assembly(s, body, sponsorship(), "ana", "ben", "chi");
        register(s, applicant);
        s.given(applicant, new ApplyForAdmission(b(body), null));
        s.given("ana", new SponsorApplicant(b(body), m(applicant)));
        s.given("ben", new SponsorApplicant(b(body), m(applicant)));

        s.when("chi", new ObjectToApplicant(b(body), m(applicant), "reason"))
                .thenEvents(ApplicantObjected.class, ProposalSubmitted.class, ProposalPublished.class);
    }

    @Test
    void refuses_an_objection_without_a_reason() {
        Scenario s = bySponsorship();
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("ben", new SponsorApplicant(b("bakery"), m("dan")));

        s.when("chi", new ObjectToApplicant(b("bakery"), m("dan"), " ")).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_an_objection_after_the_window() {
        Scenario s = bySponsorship();
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("ben", new SponsorApplicant(b("bakery"), m("dan")));
        s.after(WINDOW);

        s.when("chi", new ObjectToApplicant(b("bakery"), m("dan"), "too late")).thenRefused(Rejection.NoApplication.class);
    }

    @Test
    void refuses_an_objection_before_the_sponsors_are_complete() {
        Scenario s = bySponsorship();
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));

        s.when("chi", new ObjectToApplicant(b("bakery"), m("dan"), "reason")).thenRefused(Rejection.NoApplication.class);
    }

    @Test
    void refuses_an_objection_by_a_non_member() {
        Scenario s = bySponsorship();
        register(s, "eve");
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));
        s.given("ben", new SponsorApplicant(b("bakery"), m("dan")));

        s.when("eve", new ObjectToApplicant(b("bakery"), m("dan"), "reason")).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void refuses_sponsoring_by_a_non_member() {
        Scenario s = bySponsorship();
        register(s, "eve");

        s.when("eve", new SponsorApplicant(b("bakery"), m("dan"))).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void refuses_sponsoring_the_same_applicant_twice() {
        Scenario s = bySponsorship();
        s.given("ana", new SponsorApplicant(b("bakery"), m("dan")));

        s.when("ana", new SponsorApplicant(b("bakery"), m("dan"))).thenRefused(Rejection.AlreadySponsored.class);
    }

    @Test
    void refuses_sponsoring_someone_who_has_not_applied() {
        Scenario s = bySponsorship();
        register(s, "eve");

        s.when("ana", new SponsorApplicant(b("bakery"), m("eve"))).thenRefused(Rejection.NoApplication.class);
    }

    // --- leaving ---

    @Test
    void a_member_leaves_at_once_by_their_own_act() {
        Scenario s = byVote();

        s.when("ben", new LeaveBody(b("bakery"))).thenEvents(MemberLeft.class);

        assertThat(s.only(MemberLeft.class)).isEqualTo(new MemberLeft(s.now(), b("bakery"), m("ben")));
        assertThat(s.state().body(b("bakery")).hasMember(m("ben"))).isFalse();
        assertThat(s.state().member(m("ben")).bodies()).isEmpty();
    }

    @Test
    void refuses_leaving_a_body_one_does_not_belong_to() {
        Scenario s = byVote();

        s.when("dan", new LeaveBody(b("bakery"))).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void refuses_a_persons_application_to_a_council() {
        Scenario s = byVote();
        foundCouncil(s, "bakery", "fed", "trade");

        s.when("dan", new ApplyForAdmission(b("fed"), p("fed.admit.dan"))).thenRefused(Rejection.NotAnAssembly.class);
    }

    @Test
    void refuses_a_person_leaving_a_council() {
        Scenario s = byVote();
        foundCouncil(s, "bakery", "fed", "trade");

        s.when("ana", new LeaveBody(b("fed"))).thenRefused(Rejection.NotAnAssembly.class);
    }
}
