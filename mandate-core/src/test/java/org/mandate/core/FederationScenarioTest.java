package org.mandate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.body.BodyEvent.BodySeceded;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.count.Verdict;
import org.mandate.core.council.CouncilEvent.*;
import org.mandate.core.council.Instruction;
import org.mandate.core.council.Seating;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionEvent.*;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.Referendums.Figure;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Tally;

/**
 * A three-level federation on two axes. Four base assemblies: bakery-a (ana, ben, cat, dan) and
 * bakery-b (eva, fay, gus) are bakers' workplaces; north-hood (hal, ivy and ana, who lives there) and
 * south-hood (jon, kim) are neighbourhoods. By trade, both bakeries form the council bakers, voted by
 * delegates with a seat per started two members. By territory, bakery-a and north-hood form north,
 * bakery-b and south-hood form south. bakers, north and south form the region.
 */
class FederationScenarioTest {

    static Scenario federation() {
        Scenario s = Scenario.start();
        Charter assembly = assemblyCharter(delegation(Duration.ofDays(60), 2, DelegationRules.BreachPolicy.REFUSE, false, true));
        assembly(s, "bakery-a", assembly, "ana", "ben", "cat", "dan");
        assembly(s, "bakery-b", assembly, "eva", "fay", "gus");
        assembly(s, "north-hood", assembly, "hal", "ivy", "ana");
        assembly(s, "south-hood", assembly, "jon", "kim");
        found(s, "bakers", "trade", quickCouncil().withCouncil(delegatesVote(Apportionment.Rule.perMembers(2, 0, 0),
                CouncilRules.Referral.ABSTAIN)), "bakery-a", "bakery-b");
        found(s, "north", "territory", quickCouncil(), "bakery-a", "north-hood");
        found(s, "south", "territory", quickCouncil(), "bakery-b", "south-hood");
        Charter region = quickCouncil().withCouncil(new CouncilRules(CouncilRules.VotingBy.MEMBER_BODIES, Apportionment.Rule.onePerBody(),
                CouncilRules.Referral.ABSTAIN, Fraction.of(2, 3), Fraction.of(2, 3), Fraction.of(1, 2),
                CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE));
        councilAdopts(s, "north", "north.found.region", new Motion.FoundCouncil(b("region"), "Region", "territory", region,
                List.of(b("bakers"), b("south"))), null);
        councilAdopts(s, "south", "south.join.region", new Motion.JoinAsFounder(b("region")), null);
        councilAdopts(s, "bakers", "bakers.join.region", new Motion.JoinAsFounder(b("region")), null);
        grant(s, "bakers", "flour");
        return s;
    }

    @Test
    void a_federation_governs_itself_from_below_and_its_history_replays() {
        Scenario s = federation();
        Federation f = s.state();
        assertThat(f.body(b("region")).memberBodies()).containsOnlyKeys(b("bakers"), b("north"), b("south"));
        assertThat(f.peopleBeneath(b("region"))).hasSize(11);

        // seats: apportioned from verified membership, a seat per started two members
        assertThat(Seating.apportion(f, f.body(b("bakers"))).seats()).containsExactly(Map.entry(b("bakery-a"), 2), Map.entry(b("bakery-b"), 2));

        // elections: each bakery elects its own delegates by STV, the next winner an alternate
        var a = first(electDelegates(s, "bakery-a", "bakers", 1, "ana", "ben", "cat", "dan"), DelegatesElected.class);
        assertThat(a.delegates()).containsExactly(m("ana"), m("ben"));
        assertThat(a.alternates()).containsExactly(m("cat"));
        var bb = first(electDelegates(s, "bakery-b", "bakers", 0, "eva", "fay", "gus"), DelegatesElected.class);
        assertThat(bb.delegates()).containsExactly(m("eva"), m("fay"));

        // two items come before the bakers; nobody gave a mandate, so both go back to both bakeries
        putItem(s, "gus", "bakers", "bakers.flour", "flour", Duration.ofDays(20));
        putItem(s, "gus", "bakers", "bakers.ovens", "flour", Duration.ofDays(40));
        assertThat(f.sessions().item(p("bakers.flour")).referred()).containsExactly(b("bakery-a"), b("bakery-b"));

        // a referral back: bakery-b's delegate waits for bakery-b to decide
        s.when("fay", seatVote("bakers.flour", "bakery-b", no())).thenRefused(Rejection.AwaitingMandate.class);
        mandate(s, "bakery-b", "bakers", "bakers.flour", fixed(no()));

        // a refused breach: the vote contradicting bakery-b's mandate changes nothing
        var breach = s.when("eva", seatVote("bakers.flour", "bakery-b", yes())).thenRefused(Rejection.ContradictsMandate.class);
        assertThat(breach.body()).isEqualTo(b("bakery-b"));
        assertThat(breach.item()).isEqualTo(p("bakers.flour"));
        assertThat(f.sessions().item(p("bakers.flour")).votes()).isEmpty();
        s.given("eva", seatVote("bakers.flour", "bakery-b", no()));
        s.given("fay", seatVote("bakers.flour", "bakery-b", no()));

        // a split mandate: bakery-a votes itself, three for and one against, and its delegates cast that
        var split = first(decideItem(s, "bakery-a", "bakery-a.on.flour", "bakers.flour", true, List.of("ana", "ben", "cat"), List.of("dan")),
                MandateGiven.class);
        assertThat(split.instruction()).isEqualTo(new Instruction.Split(p("bakery-a.on.flour")));
        s.given("ana", seatVote("bakers.flour", "bakery-a", null));
        s.given("ben", seatVote("bakers.flour", "bakery-a", null));
        mandate(s, "bakery-a", "bakers", "bakers.ovens", fixed(yes()));
        mandate(s, "bakery-b", "bakers", "bakers.ovens", fixed(no()));
        s.given("ana", seatVote("bakers.ovens", "bakery-a", yes()));
        s.given("ben", seatVote("bakers.ovens", "bakery-a", yes()));
        s.given("eva", seatVote("bakers.ovens", "bakery-b", no()));
        s.given("fay", seatVote("bakers.ovens", "bakery-b", no()));

        // a recall: half of bakery-a recalls ben; cat steps in and ben's votes on open items are withdrawn
        s.given("dan", new OpenPetition("recall.ben", PetitionKind.RECALL, b("bakery-a"), null, "He skips meetings", m("ben"), b("bakers"), null));
        s.when("ana", new SignPetition("recall.ben")).thenEvents(PetitionSigned.class, PetitionSucceeded.class, Recalled.class,
                SeatVotesWithdrawn.class, SeatPassedToAlternate.class);
        assertThat(first(s.thenAccepted(), SeatVotesWithdrawn.class).items()).containsExactly(p("bakers.flour"), p("bakers.ovens"));
        assertThat(f.sessions().delegation(b("bakers"), b("bakery-a")).seats()).containsExactly(m("ana"), m("cat"));
        assertThat(f.sessions().item(p("bakers.flour")).votes()).doesNotContainKey("bakery-a#1");
        s.when("ben", seatVote("bakers.flour", "bakery-a", null)).thenRefused(Rejection.NotADelegate.class);
        s.given("cat", seatVote("bakers.flour", "bakery-a", null));
        s.given("cat", seatVote("bakers.ovens", "bakery-a", yes()));

        // the split counts bakery-a's members exactly: two seats over four voters, half a seat each (all figures doubled)
        var flour = first(closeVote(s, "bakers.flour"), ProposalClosed.class);
        assertThat(flour.result().tally()).isEqualTo(new Tally.YesNo(3, 5, 0, 8, 8));
        assertThat(flour.result().verdict()).isEqualTo(Verdict.REJECTED);

        // a secession during an open vote: bakery-b leaves the bakers, and its seats stop counting on the ovens
        var left = adopt(s, "bakery-b", "bakery-b.leave", new Motion.Secede(b("bakers")));
        assertThat(first(left, BodySeceded.class)).isEqualTo(new BodySeceded(s.now(), b("bakers"), b("bakery-b"), p("bakery-b.leave")));
        s.when("eva", seatVote("bakers.ovens", "bakery-b", no())).thenRefused(Rejection.NotAffiliated.class);
        var ovens = first(closeVote(s, "bakers.ovens"), ProposalClosed.class);
        assertThat(ovens.result().tally()).isEqualTo(new Tally.YesNo(2, 0, 0, 2, 2));
        assertThat(ovens.result().verdict()).isEqualTo(Verdict.ADOPTED);

        // a referendum from below: north and south sign by their own decisions, and everyone beneath the region votes once
        s.given("kim", new OpenPetition("sundays", PetitionKind.REFERENDUM, b("region"), "Open on Sundays?", "", null, null, null));
        councilAdopts(s, "north", "north.sign.sundays", new Motion.SignPetitionAsBody("sundays"), null);
        var opened = councilAdopts(s, "south", "south.sign.sundays", new Motion.SignPetitionAsBody("sundays"), null);
        assertThat(first(opened, PetitionSucceeded.class).signatures()).isEqualTo(2);
        assertThat(f.proposal(p("sundays.vote")).rollWeight()).isEqualTo(11);
        Map<String, Ballot> ballots = new java.util.LinkedHashMap<>();
        for (String yes : List.of("ana", "ben", "dan", "gus", "hal", "jon")) {
            ballots.put(yes, yes());
        }
        for (String no : List.of("cat", "eva", "fay", "ivy", "kim")) {
            ballots.put(no, no());
        }
        ballots.forEach((member, ballot) -> s.given(member, vote("sundays.vote", ballot)));
        s.when("ana", vote("sundays.vote", no())).thenRefused(Rejection.AlreadyVoted.class);
        var sundays = first(closeVote(s, "sundays.vote"), ProposalClosed.class);
        assertThat(sundays.result().tally()).isEqualTo(new Tally.YesNo(6, 5, 0, 11, 11));
        var breakdown = f.proposal(p("sundays.vote")).breakdown();
        assertThat(breakdown.get(b("region"))).isEqualTo(new Figure(List.of(6L, 5L, 0L), 11, 11));
        assertThat(breakdown.get(b("north"))).isEqualTo(new Figure(List.of(4L, 2L, 0L), 6, 6));
        assertThat(breakdown.get(b("bakery-a"))).isEqualTo(new Figure(List.of(3L, 1L, 0L), 4, 4));
        assertThat(breakdown.get(b("north-hood"))).isEqualTo(new Figure(List.of(2L, 1L, 0L), 3, 3));
        assertThat(breakdown.get(b("bakers"))).isEqualTo(new Figure(List.of(3L, 1L, 0L), 4, 4));
        assertThat(breakdown.get(b("south"))).isEqualTo(new Figure(List.of(2L, 3L, 0L), 5, 5));
        assertThat(breakdown.get(b("bakery-b"))).isEqualTo(new Figure(List.of(1L, 2L, 0L), 3, 3));
        assertThat(breakdown.get(b("south-hood"))).isEqualTo(new Figure(List.of(1L, 1L, 0L), 2, 2));

        // a congress convened from below, by two of the region's three member bodies, with nobody's permission
        s.given("jon", new OpenPetition("congress", PetitionKind.CONGRESS, b("region"), "Extraordinary congress", "", null, null, null));
        councilAdopts(s, "north", "north.sign.congress", new Motion.SignPetitionAsBody("congress"), null);
        var convened = first(councilAdopts(s, "south", "south.sign.congress", new Motion.SignPetitionAsBody("congress"), null),
                CongressConvened.class);
        assertThat(f.sessions().sitting(b("region"))).isNotNull();
        s.at(convened.until());
        assertThat(s.tick()).contains(new CongressClosed(convened.until(), b("region"), convened.congress()));

        // the whole history replays to the same state
        Federation replayed = Mandate.replay(s.history());
        assertThat(Summary.of(replayed)).isEqualTo(Summary.of(f));
        assertThat(Summary.of(f)).contains("delegation bakery-a to bakers seats [ana, cat] alternates []", "petition recall.ben RECALL",
                "congress congress of region", "mandates {bakery-b=GivenMandate[instruction=Fixed", "seat votes {bakery-a#0=SeatVote",
                "breakdown {region=Figure");
        assertThat(Summary.of(Mandate.replay(s.history().subList(0, s.history().size() - 1)))).isNotEqualTo(Summary.of(f));
    }
}
