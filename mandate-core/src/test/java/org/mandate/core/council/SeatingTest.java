package org.mandate.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Roll;

/** Seats are computed from the record: each member body's verified membership, apportioned by the council's rule. */
class SeatingTest {

    /** bakery has five members, mill three, oven one; they found the council fed with these seats. */
    static Scenario fed(Apportionment.Rule seats) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben", "cat", "dan", "eve");
        assembly(s, "mill", quickAssembly(), "fay", "gus", "hal");
        assembly(s, "oven", quickAssembly(), "ivy");
        Charter charter = quickCouncil().withCouncil(delegatesVote(seats, CouncilRules.Referral.ABSTAIN));
        found(s, "fed", "trade", charter, "bakery", "mill", "oven");
        return s;
    }

    static Map<BodyId, Integer> seats(Scenario s) {
        return Seating.apportion(s.state(), s.state().body(b("fed"))).seats();
    }

    @Test
    void one_seat_per_body_gives_every_body_with_members_one_seat() {
        Scenario s = fed(Apportionment.Rule.onePerBody());

        assertThat(seats(s)).containsExactly(Map.entry(b("bakery"), 1), Map.entry(b("mill"), 1), Map.entry(b("oven"), 1));
        assertThat(Seating.apportion(s.state(), s.state().body(b("fed"))).membership()).containsExactly(5, 3, 1);
    }

    @Test
    void a_seat_per_started_block_of_members_leaves_no_small_body_out() {
        Scenario s = fed(Apportionment.Rule.perMembers(2, 0, 0));

        assertThat(seats(s)).containsExactly(Map.entry(b("bakery"), 3), Map.entry(b("mill"), 2), Map.entry(b("oven"), 1));
    }

    @Test
    void a_seat_per_block_of_members_is_capped_by_the_charters_maximum() {
        Scenario s = fed(Apportionment.Rule.perMembers(1, 0, 2));

        assertThat(seats(s)).containsExactly(Map.entry(b("bakery"), 2), Map.entry(b("mill"), 2), Map.entry(b("oven"), 1));
    }

    @Test
    void dhondt_shares_a_fixed_number_of_seats_by_highest_averages() {
        // quotients 5, 3, 1 → bakery; 2.5, 3 → mill; 2.5, 1.5 → bakery; 1.67, 1.5 → bakery; 1.25, 1.5 → mill; 1.25, 1 → bakery
        Scenario s = fed(Apportionment.Rule.dhondt(6, 0, 0));

        assertThat(seats(s)).containsExactly(Map.entry(b("bakery"), 4), Map.entry(b("mill"), 2), Map.entry(b("oven"), 0));
    }

    @Test
    void dhondt_gives_the_minimum_first_and_stops_a_body_at_its_maximum() {
        // one each, then 2.5, 1.5, 0.5 → bakery; 1.67, 1.5 → bakery would be third, but the maximum is two → mill
        Scenario s = fed(Apportionment.Rule.dhondt(5, 1, 2));

        assertThat(seats(s)).containsExactly(Map.entry(b("bakery"), 2), Map.entry(b("mill"), 2), Map.entry(b("oven"), 1));
    }

    @Test
    void sainte_lague_divides_by_odd_numbers_and_respects_the_minimum() {
        // one each, then 5/3, 3/3, 1/3 → bakery; 5/5, 3/3, 1/3 tie between bakery and mill is avoided with four seats in all
        Scenario s = fed(Apportionment.Rule.sainteLague(4, 1, 0));

        assertThat(seats(s)).containsExactly(Map.entry(b("bakery"), 2), Map.entry(b("mill"), 1), Map.entry(b("oven"), 1));
    }

    @Test
    void sainte_lague_without_a_minimum_can_leave_the_smallest_body_without_a_seat() {
        // 5, 3, 1 → bakery; 5/3, 3 → mill; 5/3, 1, 1 → bakery
        Scenario s = fed(Apportionment.Rule.sainteLague(3, 0, 0));

        assertThat(seats(s)).containsExactly(Map.entry(b("bakery"), 2), Map.entry(b("mill"), 1), Map.entry(b("oven"), 0));
    }

    @Test
    void an_items_roll_of_seats_is_frozen_at_its_publication_and_membership_changes_after_it_do_not_move_seats() {
        Scenario s = fed(Apportionment.Rule.perMembers(2, 0, 0));
        grant(s, "fed", "bread");
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);

        Roll roll = s.state().proposal(p("fed.r1")).roll();
        assertThat(roll).isInstanceOf(Roll.Seats.class);
        assertThat(roll.asMap()).containsOnly(Map.entry("bakery", 3L), Map.entry("mill", 2L), Map.entry("oven", 1L));
        assertThat(roll.total()).isEqualTo(6);

        // bakery expels eve and dan: it is apportioned two seats from now on, but the item keeps three
        adopt(s, "bakery", "bakery.expel.eve", new Motion.ExpelMember(m("eve")));
        adopt(s, "bakery", "bakery.expel.dan", new Motion.ExpelMember(m("dan")));

        assertThat(seats(s)).containsEntry(b("bakery"), 2);
        assertThat(s.state().proposal(p("fed.r1")).roll().asMap()).containsEntry("bakery", 3L);
        putItem(s, "ana", "fed", "fed.r2", "bread", WEEK);
        assertThat(s.state().proposal(p("fed.r2")).roll().asMap()).containsEntry("bakery", 2L);
    }

    @Test
    void a_council_voting_by_member_bodies_keeps_a_roll_of_bodies_not_seats() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana");
        assembly(s, "mill", quickAssembly(), "fay");
        found(s, "fed", "trade", quickCouncil(), "bakery", "mill");
        grant(s, "fed", "bread");

        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);

        assertThat(s.state().proposal(p("fed.r1")).roll()).isInstanceOf(Roll.Bodies.class);
        assertThat(Duration.between(s.state().proposal(p("fed.r1")).votingOpensAt(), s.state().proposal(p("fed.r1")).closesAt())).isEqualTo(WEEK);
    }
}
