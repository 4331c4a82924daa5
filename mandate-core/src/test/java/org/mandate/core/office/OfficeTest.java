package org.mandate.core.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Event;
import org.mandate.core.Scenario;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.office.OfficeCommand.PublishAnnouncement;
import org.mandate.core.office.OfficeCommand.ScheduleMeeting;
import org.mandate.core.office.OfficeEvent.*;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionEvent.*;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.ProposalPublished;
import org.mandate.core.proposal.ProposalEvent.ProposalSubmitted;
import org.mandate.core.rule.Rejection;

/** Offices: elected coordinators with exactly the permissions the body listed, for a term, under rotation and recall. */
class OfficeTest {

    static final Duration TERM = Duration.ofDays(30);

    /** bakery (ana, ben, cat, dan): terms of thirty days, two consecutive at most, recall by half the members. */
    static Scenario bakery(boolean instantRecall) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", assemblyCharter(delegation(TERM, 2, DelegationRules.BreachPolicy.REFUSE, false, instantRecall)),
                "ana", "ben", "cat", "dan");
        return s;
    }

    /** The assembly elects the office; every member ranks the candidates in order. */
    static List<Event> electOffice(Scenario s, String office, List<Permission> permissions, String... candidates) {
        String id = "bakery." + office + "." + s.state().proposals().size();
        s.given("ana", new ProposalCommand.SubmitProposal(p(id), b("bakery"), "Elect " + office, "", new Motion.ElectOffice(office,
                permissions, 1), List.of(candidates), null));
        s.given("ana", publish(id));
        s.at(s.state().proposal(p(id)).votingOpensAt());
        s.tick();
        for (String m : membersOf(s, "bakery")) {
            s.given(m, vote(id, ranking(candidates)));
        }
        return closeVote(s, id);
    }

    static PublishAnnouncement announce(String id) {
        return new PublishAnnouncement(b("bakery"), id, "The oven is fixed");
    }

    static ScheduleMeeting meeting(Scenario s, String id) {
        return new ScheduleMeeting(b("bakery"), id, s.now().plus(Duration.ofDays(3)), "Back room", "Ovens");
    }

    @Test
    void an_elected_office_holds_exactly_the_listed_permissions_for_a_term() {
        Scenario s = bakery(true);

        var filled = first(electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat"), OfficeFilled.class);

        assertThat(filled.holders()).containsExactly(m("ben"));
        assertThat(filled.permissions()).containsExactly(Permission.PUBLISH_ANNOUNCEMENT);
        assertThat(filled.termEnds()).isEqualTo(s.now().plus(TERM));
        Office o = s.state().offices().office(b("bakery"), "secretary");
        assertThat(o.heldBy(m("ben"))).isTrue();
        assertThat(o.heldBy(m("cat"))).isFalse();
    }

    @Test
    void the_holder_publishes_an_announcement_with_the_permission() {
        Scenario s = bakery(true);
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");

        var e = s.when("ben", announce("a1")).thenEvents(AnnouncementPublished.class);

        assertThat(e.get(0)).isEqualTo(new AnnouncementPublished(s.now(), b("bakery"), "a1", m("ben"), "secretary", "The oven is fixed"));
        assertThat(s.state().offices().notices(b("bakery"))).hasSize(1);
        s.when("ben", announce("a1")).thenRefused(Rejection.IdInUse.class);
    }

    @Test
    void the_holder_cannot_do_what_the_office_does_not_list() {
        Scenario s = bakery(true);
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");

        var r = s.when("ben", meeting(s, "m1")).thenRefused(Rejection.NotPermitted.class);

        assertThat(r.member()).isEqualTo(m("ben"));
        assertThat(r.permission()).isEqualTo("schedule-meeting");
        assertThat(s.state().offices().notices(b("bakery"))).isEmpty();
    }

    @Test
    void a_coordinator_with_the_meeting_permission_schedules_meetings() {
        Scenario s = bakery(true);
        electOffice(s, "coordinator", List.of(Permission.SCHEDULE_MEETING), "cat", "ben");

        var e = s.when("cat", meeting(s, "m1")).thenEvents(MeetingScheduled.class);

        assertThat(((MeetingScheduled) e.get(0)).office()).isEqualTo("coordinator");
        s.when("cat", announce("a1")).thenRefused(Rejection.NotPermitted.class);
        s.when("cat", new ScheduleMeeting(b("bakery"), "m2", s.now(), "Back room", "")).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void a_member_who_holds_no_office_is_not_permitted() {
        Scenario s = bakery(true);
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");

        s.when("cat", announce("a1")).thenRefused(Rejection.NotPermitted.class);
        s.when("ana", announce("a1")).thenRefused(Rejection.NotPermitted.class);
        s.when(null, announce("a1")).thenRefused(Rejection.NoActingMember.class);
    }

    @Test
    void after_the_term_the_holder_is_not_permitted_even_before_the_clock_ends_it() {
        Scenario s = bakery(true);
        var filled = first(electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat"), OfficeFilled.class);

        s.at(filled.termEnds());
        s.when("ben", announce("a1")).thenRefused(Rejection.NotPermitted.class);
        var ended = s.tick();
        assertThat(ended).containsExactly(new OfficeTermEnded(filled.termEnds(), b("bakery"), "secretary"));
        assertThat(s.state().offices().office(b("bakery"), "secretary").ended()).isTrue();
        s.when("ben", announce("a2")).thenRefused(Rejection.NotPermitted.class);
        assertReplays(s);
    }

    @Test
    void an_office_lists_its_permissions() {
        Scenario s = bakery(true);

        s.when("ana", new ProposalCommand.SubmitProposal(p("o"), b("bakery"), "Office", "", new Motion.ElectOffice("boss", List.of(), 1),
                List.of("ana"), null)).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void rotation_bars_a_third_consecutive_term_at_submission_and_when_standing() {
        Scenario s = bakery(true);
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");

        var r = s.when("ana", new ProposalCommand.SubmitProposal(p("third"), b("bakery"), "Office", "",
                new Motion.ElectOffice("secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), 1), List.of("ben"), null))
                .thenRefused(Rejection.RotationLimit.class);
        assertThat(r.member()).isEqualTo(m("ben"));
        assertThat(r.terms()).isEqualTo(2);

        s.given("ana", new ProposalCommand.SubmitProposal(p("third"), b("bakery"), "Office", "",
                new Motion.ElectOffice("secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), 1), List.of(), null));
        s.when("ben", new ProposalCommand.StandForElection(p("third"))).thenRefused(Rejection.RotationLimit.class);
        s.when("cat", new ProposalCommand.StandForElection(p("third"))).thenAccepted();
    }

    @Test
    void members_recall_an_office_holder_by_petition_and_the_office_is_vacated_at_once() {
        Scenario s = bakery(true);
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");
        s.given("ana", new OpenPetition("recall.ben", PetitionKind.RECALL, b("bakery"), null, "He lies", m("ben"), null, "secretary"));

        var events = s.when("dan", new SignPetition("recall.ben"))
                .thenEvents(PetitionSigned.class, PetitionSucceeded.class, Recalled.class, OfficeVacated.class);

        assertThat(events.get(1)).isEqualTo(new PetitionSucceeded(s.now(), "recall.ben", 2, 2));
        assertThat(events.get(3)).isEqualTo(new OfficeVacated(s.now(), b("bakery"), "secretary", m("ben")));
        assertThat(s.state().offices().office(b("bakery"), "secretary").holders()).isEmpty();
        s.when("ben", announce("a1")).thenRefused(Rejection.NotPermitted.class);
    }

    @Test
    void without_instant_recall_the_petition_opens_a_recall_vote_and_its_adoption_recalls() {
        Scenario s = bakery(false);
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");
        s.given("ana", new OpenPetition("recall.ben", PetitionKind.RECALL, b("bakery"), null, "He lies", m("ben"), null, "secretary"));

        s.when("dan", new SignPetition("recall.ben"));
        assertThat(types(s.thenAccepted())).contains(PetitionSucceeded.class, ProposalSubmitted.class, ProposalPublished.class);
        assertThat(all(s.thenAccepted(), Recalled.class)).isEmpty();
        var vote = s.state().proposal(p("recall.ben.vote"));
        assertThat(vote.motion()).isEqualTo(new Motion.Recall(m("ben"), null, "secretary"));
        assertThat(vote.rule().secret()).isTrue();
        s.when("ben", announce("a0")).thenEvents(AnnouncementPublished.class);

        s.at(vote.votingOpensAt());
        s.tick();
        for (String m : List.of("ana", "cat", "dan")) {
            s.given(m, vote("recall.ben.vote", yes()));
        }
        var closed = closeVote(s, "recall.ben.vote");

        assertThat(first(closed, Recalled.class).decision()).isEqualTo(p("recall.ben.vote"));
        assertThat(first(closed, OfficeVacated.class).member()).isEqualTo(m("ben"));
        s.when("ben", announce("a1")).thenRefused(Rejection.NotPermitted.class);
        assertReplays(s);
    }

    @Test
    void a_recall_petition_names_someone_who_holds_the_office() {
        Scenario s = bakery(true);
        electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");

        s.when("ana", new OpenPetition("recall.cat", PetitionKind.RECALL, b("bakery"), null, "", m("cat"), null, "secretary"))
                .thenRefused(Rejection.NotHolding.class);
        assertThat(s.state().petitions().all()).isEmpty();
    }

    @Test
    void a_holder_of_two_offices_acts_under_the_one_whose_term_still_runs() {
        Scenario s = bakery(true);
        var secretary = first(electOffice(s, "secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat"), OfficeFilled.class);
        s.after(Duration.ofDays(10));
        electOffice(s, "press", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");
        s.at(secretary.termEnds());

        var e = s.when("ben", announce("a1")).thenEvents(AnnouncementPublished.class);

        assertThat(((AnnouncementPublished) e.get(0)).office()).isEqualTo("press");
    }
}
