package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.count.Apportionment.Award;
import org.mandate.core.count.Apportionment.Rule;

class ApportionmentTest {

    private static final long[] HONIKEL = {6100, 5000, 900};

    /*
     * Worked example: "Berechnungsbeispiele – Lösungen", staatsrecht.honikel.de (English pages,
     * https://staatsrecht.honikel.de/en/berechnungsbeispiele-loesungen.htm): 10 seats, parties A 6100,
     * B 5000, C 900 votes. The d'Hondt table numbers the seats 1–10 in the cells 6100, 5000, 3050, 2500,
     * 2033, 1667, 1525, 1250, 1220, 1017: "Party A gets 6 seats, party B gets 4 seats, party C gets no seat."
     */
    @Test
    void dhondt_matches_the_published_worked_example() {
        var r = Apportionment.apportion(Rule.dhondt(10, 0, 0), HONIKEL, TieBreak.identity(3));
        assertThat(r.seats()).containsExactly(6, 4, 0);
        assertThat(r.unfilled()).isZero();
        assertThat(r.awards()).containsExactly(
                new Award(1, 0, 6100, 1), new Award(2, 1, 5000, 1),
                new Award(3, 0, 6100, 2), new Award(4, 1, 5000, 2),
                new Award(5, 0, 6100, 3), new Award(6, 1, 5000, 3),
                new Award(7, 0, 6100, 4), new Award(8, 1, 5000, 4),
                new Award(9, 0, 6100, 5), new Award(10, 0, 6100, 6));
    }

    /*
     * Same source, Sainte-Laguë table: seats 1–10 in the cells 6100, 5000, 2033, 1667, 1220, 1000, 900,
     * 871, 714, 678: "Party A gets 5 seats, party B gets 4 seats, party C gets 1 seat."
     */
    @Test
    void sainte_lague_matches_the_published_worked_example() {
        var r = Apportionment.apportion(Rule.sainteLague(10, 0, 0), HONIKEL, TieBreak.identity(3));
        assertThat(r.seats()).containsExactly(5, 4, 1);
        assertThat(r.awards()).containsExactly(
                new Award(1, 0, 6100, 1), new Award(2, 1, 5000, 1),
                new Award(3, 0, 6100, 3), new Award(4, 1, 5000, 3),
                new Award(5, 0, 6100, 5), new Award(6, 1, 5000, 5),
                new Award(7, 2, 900, 1), new Award(8, 0, 6100, 7),
                new Award(9, 1, 5000, 7), new Award(10, 0, 6100, 9));
    }

    /*
     * Electowiki, "Sainte-Laguë method" (https://electowiki.org/wiki/Sainte-Lagu%C3%AB_method), the
     * 35-seat example: A 503, B 304, C 193 votes; final seats 17, 11, 7, the last quotients 503/35,
     * 304/23 and 193/15 (the page prints C's final divisor as 15 in both columns).
     */
    @Test
    void sainte_lague_matches_the_electowiki_35_seat_example() {
        var r = Apportionment.apportion(Rule.sainteLague(35, 0, 0), new long[] {503, 304, 193}, TieBreak.identity(3));
        assertThat(r.seats()).containsExactly(17, 11, 7);
        assertThat(r.awards()).hasSize(35);
    }

    /*
     * The four-party example used in Wikipedia's highest-averages articles (A 100,000, B 80,000,
     * C 30,000, D 20,000; 8 seats). It could not be checked against the page here, so the expected seats
     * were recomputed by hand from the quotient tables: d'Hondt A 4, B 3, C 1, D 0; Sainte-Laguë
     * A 3, B 3, C 1, D 1 (A's third quotient 100,000/5 and D's first 20,000/1 are equal and both win).
     */
    @Test
    void the_four_party_example_recomputed_by_hand() {
        long[] votes = {100_000, 80_000, 30_000, 20_000};
        assertThat(Apportionment.apportion(Rule.dhondt(8, 0, 0), votes, TieBreak.identity(4)).seats())
                .containsExactly(4, 3, 1, 0);
        var sl = Apportionment.apportion(Rule.sainteLague(8, 0, 0), votes, TieBreak.of(3, 2, 1, 0));
        assertThat(sl.seats()).containsExactly(3, 3, 1, 1);
        // the tie at 20,000 is settled by the tie-break: D (body 3) is preferred, so it takes seat 6
        assertThat(sl.awards().get(5)).isEqualTo(new Award(6, 3, 20_000, 1));
        assertThat(sl.awards().get(6)).isEqualTo(new Award(7, 0, 100_000, 5));
    }

    @Test
    void breaks_a_tie_for_the_last_seat_by_the_tie_break() {
        long[] equal = {10, 10, 10};
        assertThat(Apportionment.apportion(Rule.dhondt(1, 0, 0), equal, TieBreak.of(2, 0, 1)).seats())
                .containsExactly(0, 0, 1);
        assertThat(Apportionment.apportion(Rule.dhondt(2, 0, 0), equal, TieBreak.of(1, 2, 0)).seats())
                .containsExactly(0, 1, 1);
        // 20/2 == 10/1: cross-multiplication sees the tie that a float might not
        assertThat(Apportionment.apportion(Rule.dhondt(2, 0, 0), new long[] {20, 10}, TieBreak.of(1, 0)).seats())
                .containsExactly(1, 1);
        assertThat(Apportionment.apportion(Rule.dhondt(2, 0, 0), new long[] {20, 10}, TieBreak.of(0, 1)).seats())
                .containsExactly(2, 0);
    }

    @Test
    void gives_the_minimum_first_then_quotients_from_the_seats_so_far() {
        // minimum 1 each uses 3 seats; the next 3 go by 6100/2, 5000/2, 6100/3 — C keeps its one seat
        var r = Apportionment.apportion(Rule.dhondt(6, 1, 0), HONIKEL, TieBreak.identity(3));
        assertThat(r.seats()).containsExactly(3, 2, 1);
        assertThat(r.awards()).containsExactly(
                new Award(4, 0, 6100, 2), new Award(5, 1, 5000, 2), new Award(6, 0, 6100, 3));
    }

    @Test
    void skips_bodies_at_their_maximum() {
        var r = Apportionment.apportion(Rule.dhondt(10, 0, 4), HONIKEL, TieBreak.identity(3));
        assertThat(r.seats()).containsExactly(4, 4, 2);
        assertThat(r.unfilled()).isZero();
    }

    @Test
    void leaves_seats_unfilled_when_no_body_can_take_them() {
        var r = Apportionment.apportion(Rule.sainteLague(6, 0, 3), new long[] {50, 0}, TieBreak.identity(2));
        assertThat(r.seats()).containsExactly(3, 0);
        assertThat(r.unfilled()).isEqualTo(3);
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void a_body_without_members_gets_the_minimum_only() {
        var r = Apportionment.apportion(Rule.dhondt(5, 1, 0), new long[] {0, 7}, TieBreak.identity(2));
        assertThat(r.seats()).containsExactly(1, 4);
        assertThat(Apportionment.apportion(Rule.onePerBody(), new long[] {0, 7, 1}, null).seats())
                .containsExactly(0, 1, 1);
        assertThat(Apportionment.apportion(Rule.perMembers(10, 2, 0), new long[] {0, 7}, null).seats())
                .containsExactly(2, 2);
    }

    @Test
    void per_members_rounds_up_and_clamps() {
        var r = Apportionment.apportion(Rule.perMembers(100, 1, 5), new long[] {1, 100, 101, 250, 10_000, 0}, null);
        assertThat(r.seats()).containsExactly(1, 1, 2, 3, 5, 1);
        assertThat(r.awards()).isEmpty();
        assertThat(r.unfilled()).isZero();
    }

    @Test
    void one_per_body_respects_a_minimum_above_one() {
        assertThat(Apportionment.apportion(new Rule(Apportionment.Method.ONE_PER_BODY, 0, 0, 2, 0),
                new long[] {3, 0}, null).seats()).containsExactly(2, 2);
    }

    @Test
    void compares_huge_quotients_exactly() {
        long big = Long.MAX_VALUE / 3;
        var r = Apportionment.apportion(Rule.dhondt(3, 0, 0), new long[] {big * 2, big}, TieBreak.of(1, 0));
        // big*2/2 == big/1: the tie-break gives body 1 its seat
        assertThat(r.seats()).containsExactly(2, 1);
    }

    @Test
    void names_what_is_wrong_with_a_rule() {
        assertThat(Rule.dhondt(10, 1, 5).problem()).isNull();
        assertThat(Rule.dhondt(10, 1, 5).problem(3)).isNull();
        assertThat(Rule.dhondt(2, 1, 0).problem(3)).contains("fewer than 3 bodies × 1");
        assertThat(Rule.dhondt(20, 0, 2).problem(3)).contains("more than 3 bodies × 2");
        assertThat(Rule.dhondt(10, 3, 2).problem()).contains("minimum").contains("above the maximum");
        assertThat(Rule.dhondt(0, 0, 0).problem()).contains("at least one seat");
        assertThat(Rule.perMembers(0, 0, 0).problem()).contains("members per seat");
        assertThat(Rule.perMembers(10, -1, 0).problem()).contains("negative");
        assertThat(Rule.perMembers(10, 0, -1).problem()).contains("negative");
        assertThat(Rule.onePerBody().problem(0)).isNull();
    }

    @Test
    void refuses_a_bad_rule_or_input() {
        assertThatThrownBy(() -> Apportionment.apportion(Rule.dhondt(2, 1, 0), new long[] {1, 2, 3}, TieBreak.identity(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than");
        assertThatThrownBy(() -> Apportionment.apportion(Rule.dhondt(2, 0, 0), new long[] {1, 2}, TieBreak.identity(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.apportion(Rule.onePerBody(), new long[] {-1}, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.apportion(Rule.perMembers(1, 0, 0), new long[] {Long.MAX_VALUE}, null))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void the_awards_list_is_immutable() {
        var r = Apportionment.apportion(Rule.dhondt(1, 0, 0), new long[] {1}, TieBreak.identity(1));
        assertThatThrownBy(() -> r.awards().add(new Award(2, 0, 1, 1))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.awards()).isEqualTo(List.of(new Award(1, 0, 1, 1)));
    }
}
