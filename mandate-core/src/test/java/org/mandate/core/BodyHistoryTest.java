package org.mandate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.member.MemberEvent.MemberRegistered;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.ProposalEvent;

/** A body's own history: its events, the events naming it, its proposals' and petitions' events, and its members' registrations. */
class BodyHistoryTest {

    private static Scenario federationWithDelegatesAndARecall() {
        Scenario s = FederationScenarioTest.federation();
        electDelegates(s, "bakery-a", "bakers", 1, "ana", "ben", "cat", "dan");
        electDelegates(s, "bakery-b", "bakers", 0, "eva", "fay", "gus");
        putItem(s, "gus", "bakers", "bakers.flour", "flour", WEEK);
        mandate(s, "bakery-b", "bakers", "bakers.flour", fixed(no()));
        s.given("eva", seatVote("bakers.flour", "bakery-b", no()));
        s.given("dan", new OpenPetition("recall.ben", PetitionKind.RECALL, b("bakery-a"), null, "He skips meetings", m("ben"), b("bakers"), null));
        s.given("ana", new SignPetition("recall.ben"));
        return s;
    }

    private static List<Event> historyOf(Scenario s, String body) {
        BodyHistory h = new BodyHistory(b(body));
        for (int i = 0; i < s.history().size(); i++) {
            h.read(i, s.history().get(i));
        }
        List<Event> out = new ArrayList<>();
        h.positions().forEach(i -> out.add(s.history().get((int) (long) i)));
        return out;
    }

    @Test
    void an_assembly_keeps_its_founding_its_members_registrations_its_proposals_and_its_delegation() {
        Scenario s = federationWithDelegatesAndARecall();
        List<Event> bakeryB = historyOf(s, "bakery-b");

        assertThat(all(bakeryB, MemberRegistered.class)).extracting(MemberRegistered::member).containsExactlyInAnyOrder(m("eva"), m("fay"), m("gus"));
        assertThat(all(bakeryB, BodyEvent.AssemblyFounded.class)).extracting(BodyEvent::body).containsExactly(b("bakery-b"));
        assertThat(all(bakeryB, BodyEvent.CouncilFounded.class)).extracting(BodyEvent::body).containsExactlyInAnyOrder(b("bakers"), b("south"));
        assertThat(all(bakeryB, CouncilEvent.DelegatesElected.class)).extracting(CouncilEvent.DelegatesElected::body).containsOnly(b("bakery-b"));
        assertThat(all(bakeryB, CouncilEvent.MandateGiven.class)).extracting(CouncilEvent.MandateGiven::body).containsOnly(b("bakery-b"));
        assertThat(all(bakeryB, CouncilEvent.SeatVoteCast.class)).extracting(CouncilEvent.SeatVoteCast::delegate).containsOnly(m("eva"));
        assertThat(all(bakeryB, ProposalEvent.ProposalSubmitted.class)).extracting(ProposalEvent.ProposalSubmitted::body).containsOnly(b("bakery-b"));
        assertThat(all(bakeryB, org.mandate.core.petition.PetitionEvent.class)).as("bakery-a's recall is not bakery-b's affair").isEmpty();
        assertThat(bakeryB).as("in record order").isSortedAccordingTo(java.util.Comparator.comparing(Event::at));
    }

    @Test
    void a_council_keeps_its_seats_and_items_and_the_recall_of_a_delegate_from_it_but_not_its_member_bodies_own_votes() {
        Scenario s = federationWithDelegatesAndARecall();
        List<Event> bakers = historyOf(s, "bakers");
        List<Event> bakeryA = historyOf(s, "bakery-a");

        assertThat(all(bakers, CouncilEvent.DelegatesElected.class)).hasSize(2);
        assertThat(all(bakers, org.mandate.core.petition.PetitionEvent.Recalled.class)).hasSize(1);
        assertThat(all(bakers, org.mandate.core.petition.PetitionEvent.PetitionSigned.class)).as("signatures are the body's, not the council's").isEmpty();
        assertThat(all(bakers, ProposalEvent.VoteCast.class)).as("the bakeries' own votes").isEmpty();
        assertThat(all(bakeryA, org.mandate.core.petition.PetitionEvent.PetitionSigned.class)).hasSize(1);
        assertThat(all(bakeryA, ProposalEvent.VoteCast.class)).isNotEmpty()
                .allSatisfy(v -> assertThat(v.proposal().value()).startsWith("bakery-a."));
    }

    /** Every event that names the body in any of its fields, or a proposal put to it, is in its history; nothing else but registrations. */
    @Test
    void the_history_is_exactly_the_events_that_name_the_body_its_proposals_or_petitions_and_its_members_registrations() {
        Scenario s = federationWithDelegatesAndARecall();
        for (String body : List.of("bakery-a", "bakery-b", "north-hood", "south-hood", "bakers", "north", "south", "region")) {
            List<Event> history = historyOf(s, body);
            List<Event> expected = new ArrayList<>();
            java.util.Set<String> proposalsOfBody = new java.util.HashSet<>();
            java.util.Set<String> petitionsOfBody = new java.util.HashSet<>();
            java.util.Set<MemberId> members = new java.util.HashSet<>(s.state().body(b(body)).members().keySet());
            for (Event e : s.history()) {
                if (e instanceof ProposalEvent.ProposalSubmitted p && p.body().equals(b(body))) {
                    proposalsOfBody.add(p.proposal().value());
                }
                if (e instanceof org.mandate.core.petition.PetitionEvent.PetitionOpened p && p.body().equals(b(body))) {
                    petitionsOfBody.add(p.petition());
                }
                boolean ofProposal = e instanceof ProposalEvent p && proposalsOfBody.contains(p.proposal().value());
                boolean ofPetition = components(e).stream().anyMatch(c -> c instanceof String str && petitionsOfBody.contains(str));
                boolean registration = e instanceof MemberRegistered r && members.contains(r.member());
                if (names(e, b(body)) || ofProposal || ofPetition || registration) {
                    expected.add(e);
                }
            }
            assertThat(history).as(body).containsExactlyElementsOf(expected);
        }
    }

    private static boolean names(Event e, BodyId body) {
        return components(e).stream().anyMatch(c -> body.equals(c) || c instanceof List<?> l && l.contains(body));
    }

    private static List<Object> components(Event e) {
        List<Object> out = new ArrayList<>();
        for (var c : e.getClass().getRecordComponents()) {
            try {
                out.add(c.getAccessor().invoke(e));
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
        }
        return out;
    }
}
