package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.clock.Tick;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;

class SecretBallotTest {

    private static final List<String> MEMBERS = List.of("ana", "ben", "chi", "dan", "eli", "fay", "gus");

    private static Charter secretOrdinary() {
        Charter d = Charter.defaultAssembly();
        return withRule(d, DecisionKind.ORDINARY, d.rule(DecisionKind.ORDINARY).withSecret(true));
    }

    private static Scenario open() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", secretOrdinary(), MEMBERS.toArray(String[]::new));
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        return s;
    }

    @Test
    void a_secret_vote_records_who_took_part_with_the_ballot_sealed() {
        Scenario s = open();

        s.when("ben", vote("p1", no())).thenEvents(SealedVoteCast.class);

        assertThat(s.only(SealedVoteCast.class)).isEqualTo(new SealedVoteCast(s.now(), p("p1"), m("ben"), new Sealed(no())));
        var p1 = s.state().proposal(p("p1"));
        assertThat(p1.participants()).containsExactly("ben");
        assertThat(p1.openBallots()).isEmpty();
        assertThat(p1.unsealedBallots()).isEmpty();
    }

    @Test
    void at_the_close_the_ballots_are_published_together_sorted() {
        Scenario s = open();
        s.given("ana", vote("p1", yes()));
        s.given("ben", vote("p1", no()));
        s.given("chi", vote("p1", abstain()));
        s.given("dan", vote("p1", yes()));
        s.at(s.state().proposal(p("p1")).closesAt());

        s.when(null, new Tick()).thenEvents(BallotsUnsealed.class, ProposalClosed.class);

        List<Ballot> sorted = List.of(abstain(), no(), yes(), yes());
        assertThat(sorted).isSortedAccordingTo(Comparator.comparing(Ballot::canonical));
        assertThat(s.only(BallotsUnsealed.class)).isEqualTo(new BallotsUnsealed(s.now(), p("p1"), sorted));
        var p1 = s.state().proposal(p("p1"));
        assertThat(p1.unsealedBallots()).isEqualTo(sorted);
        assertThat(p1.result().verdict()).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
    }

    @Test
    void the_published_order_does_not_depend_on_the_order_of_casting() {
        long seed = Long.getLong("mandate.seed", 20261125L);
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        try {
            List<Ballot> choices = List.of(yes(), no(), abstain());
            List<Ballot> ballots = new ArrayList<>();
            for (int i = 0; i < MEMBERS.size(); i++) {
                ballots.add(choices.get(random.nextInt(choices.size())));
            }
            List<Ballot> expected = null;
            for (int trial = 0; trial < 20; trial++) {
                List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, MEMBERS.size()).boxed().toList());
                Collections.shuffle(order, random);
                Scenario s = open();
                for (int i : order) {
                    s.given(MEMBERS.get(i), vote("p1", ballots.get(i)));
                    s.after(java.time.Duration.ofMinutes(1 + random.nextInt(60)));
                }
                closeVote(s, "p1");
                List<Ballot> unsealed = s.state().proposal(p("p1")).unsealedBallots();
                assertThat(unsealed).isSortedAccordingTo(Comparator.comparing(Ballot::canonical));
                if (expected == null) {
                    expected = unsealed;
                }
                assertThat(unsealed).isEqualTo(expected);
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    @Test
    void an_open_vote_shows_each_ballot_and_unseals_nothing() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.when("ben", vote("p1", no())).thenEvents(VoteCast.class);

        assertThat(s.state().proposal(p("p1")).openBallots()).containsExactly(java.util.Map.entry("ben", no()));
        s.at(s.state().proposal(p("p1")).closesAt());
        s.when(null, new Tick()).thenEvents(ProposalClosed.class);
    }
}
