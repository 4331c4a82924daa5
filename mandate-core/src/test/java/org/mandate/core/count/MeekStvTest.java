package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.count.MeekFixtures.u;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked Meek counts with every round asserted.
 *
 * <p>Expected figures come from the reference outputs shipped with Droop, Jonathan Lundell's STV
 * counter (github.com/jklundell/droop), for the PR Foundation Meek Reference Rule with 9-digit
 * fixed-point arithmetic and omega = 10^-6 ("meek-prf-o6-fixed-p9-d9"), the rule this class follows.
 * Droop prints, per round, the quota, total votes, surplus, residual and each candidate's vote and
 * keep factor; all of those are asserted here except:
 * <ul>
 *   <li>the surplus in rounds that end with an election, which Droop prints from the iteration
 *       before the election (stale) unless a later line of the same round shows the final one;</li>
 *   <li>the order of candidates elected in the same iteration, which Droop prints in candidate order
 *       and this class orders by votes then tie-break.</li>
 * </ul>
 * Ties for exclusion in these fixtures are all exact at every earlier round, so they fall to the lot;
 * Droop's lot picks the earliest candidate in file order, which the tie-breaks below reproduce by
 * ranking that candidate last.
 */
class MeekStvTest {

    /**
     * Ballots: Voting matters (McDougall Trust), issue 12, "The computational accuracy using the
     * Meek algorithm"; as encoded in droop test/blt/SC-Vm-12.blt. Figures: droop
     * test/ref/dump/SC-Vm-12-meek-prf-o6-fixed-p9-d9.txt. Candidates A, B, X, Y, Z; 3 seats.
     */
    @Test
    void counts_the_voting_matters_issue_12_example_round_by_round() {
        var b = MeekFixtures.blt(
                "333 1 3 0", "333 1 4 0", "333 1 5 0", "333 2 3 0", "333 2 4 0", "333 2 5 0",
                "667 3 0", "667 4 0", "667 5 0", "1 1 2 3 0", "1 1 2 4 0", "2 2 1 3 0");
        // A, B first; X is the one the lot excludes.
        var result = MeekStv.count(5, 3, b.lists(), b.weights(), TieBreak.of(0, 1, 4, 3, 2));
        List<MeekStv.Round> rounds = result.rounds();
        assertThat(result.totalWeight()).isEqualTo(4003);
        assertThat(rounds).hasSize(3);

        var r1 = rounds.get(0);
        assertThat(r1.quota()).isEqualTo(u("1000.750000001"));
        assertThat(r1.votes()).containsExactly(u("1001", "1001", "667", "667", "667"));
        assertThat(r1.keepValues()).containsExactly(u("1", "1", "1", "1", "1"));
        assertThat(r1.residual()).isZero();
        assertThat(r1.elected()).containsExactly(0, 1);
        assertThat(r1.excluded()).isEmpty();

        var r2 = rounds.get(1);
        assertThat(r2.quota()).isEqualTo(u("1000.750000001"));
        assertThat(r2.votes()).containsExactly(
                u("1000.750000126", "1000.750000126", "667.166666686", "667.166666562", "667.166666500"));
        assertThat(r2.keepValues()).containsExactly(u("0.999749750", "0.999749750", "1", "1", "1"));
        assertThat(r2.surplus()).isEqualTo(u("0.000000250"));
        assertThat(r2.residual()).isZero();
        assertThat(r2.elected()).isEmpty();
        assertThat(r2.excluded()).containsExactly(2); // X, Y, Z within the surplus of each other: the lot

        var r3 = rounds.get(2);
        assertThat(r3.quota()).isEqualTo(u("800.580647027"));
        assertThat(r3.votes()).containsExactly(
                u("800.584418564", "800.584418564", "0", "800.596982770", "800.556768208"));
        assertThat(r3.keepValues()).containsExactly(u("0.799464312", "0.799464312", "0", "1", "1"));
        assertThat(r3.surplus()).isEqualTo(u("0.023878817"));
        assertThat(r3.residual()).isEqualTo(u("800.677411894"));
        assertThat(r3.elected()).containsExactly(3);
        assertThat(r3.excluded()).containsExactly(4); // seats full: Z excluded as remaining

        assertThat(result.elected()).containsExactly(0, 1, 3);
    }

    /**
     * A real election: Green Party of the United States, Steering Committee, 2005-07-24, 13
     * candidates, 4 seats, 94 ballots; as encoded in droop test/blt/SC.blt. Figures: droop
     * test/ref/dump/SC-meek-prf-o6-fixed-p9-d9.txt.
     */
    @Test
    void counts_the_gpus_2005_steering_committee_election_round_by_round() {
        var b = MeekFixtures.blt(
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 12 0",
                "1 13 7 5 4 2 1 0",
                "1 5 13 2 7 4 1 0",
                "1 13 4 1 2 0",
                "1 4 2 13 1 3 0",
                "1 4 13 2 7 0",
                "1 7 8 12 1 13 9 2 4 11 5 0",
                "1 1 13 3 4 7 5 2 0",
                "1 4 1 13 7 3 5 2 0",
                "1 4 1 13 7 3 5 2 0",
                "1 1 4 13 2 7 5 3 9 8 12 11 0",
                "1 7 1 8 9 13 3 2 4 12 5 11 0",
                "1 7 8 9 11 12 0",
                "1 7 1 8 9 13 3 2 4 12 5 11 0",
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 12 0",
                "1 5 1 13 3 2 4 7 0",
                "1 7 8 9 3 12 2 13 5 1 4 0",
                "1 3 13 1 2 0",
                "1 3 13 1 2 0",
                "1 4 7 13 5 0",
                "1 4 5 13 3 2 1 0",
                "1 7 8 9 11 12 0",
                "1 7 9 8 12 11 2 13 0",
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 12 0",
                "1 4 3 13 1 0",
                "1 4 3 13 1 0",
                "1 13 3 4 1 7 2 5 0",
                "1 3 13 4 1 7 2 5 0",
                "1 13 3 4 1 2 5 7 0",
                "1 13 1 4 2 5 3 7 0",
                "1 13 4 3 1 2 5 0",
                "1 3 13 1 4 2 7 5 0",
                "1 4 3 13 8 0",
                "1 4 3 13 1 0",
                "1 1 4 13 7 0",
                "1 1 4 13 7 0",
                "1 7 3 4 13 1 5 0",
                "1 9 11 8 7 0",
                "1 7 8 9 11 12 0",
                "1 13 3 5 2 0",
                "1 4 5 2 3 13 0",
                "1 13 5 2 4 1 3 7 0",
                "1 13 5 2 1 7 3 8 0",
                "1 7 8 9 12 11 0",
                "1 7 8 4 9 12 0",
                "1 13 4 7 2 8 0",
                "1 4 13 2 7 1 8 0",
                "1 7 8 11 9 12 0",
                "1 8 4 7 11 13 9 0",
                "1 7 4 2 13 0",
                "1 13 1 7 4 0",
                "1 4 1 2 13 9 5 0",
                "1 1 4 13 5 3 2 0",
                "1 7 5 4 8 11 2 13 1 3 9 12 0",
                "1 4 8 7 5 13 2 1 3 9 0",
                "1 3 4 7 2 12 13 8 1 5 0",
                "1 7 8 9 11 12 0",
                "1 7 8 11 9 0",
                "1 7 8 11 9 0",
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 12 0",
                "1 13 2 4 7 5 1 0",
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 0",
                "1 7 8 9 11 12 0",
                "1 2 7 8 12 13 11 1 5 9 0",
                "1 4 7 8 2 0",
                "1 4 13 5 2 1 3 0",
                "1 13 4 7 3 1 5 8 2 9 0",
                "1 4 3 13 1 7 0",
                "1 13 4 1 3 0",
                "1 4 1 13 3 2 7 8 0",
                "1 2 4 13 5 0",
                "1 2 3 4 1 13 7 0",
                "1 3 1 4 13 0",
                "1 4 3 1 2 11 0",
                "1 3 1 4 13 2 7 0",
                "1 4 1 2 8 3 0",
                "1 4 1 5 13 2 3 0",
                "1 4 1 5 13 2 3 0",
                "1 7 8 9 11 12 0",
                "1 7 8 9 11 12 0",
                "1 13 7 3 2 5 4 1 0",
                "1 13 5 7 2 4 1 0",
                "1 7 8 9 11 12 0",
                "1 1 13 3 7 2 4 5 0",
                "1 13 1 2 7 4 5 3 0",
                "1 13 1 2 7 4 5 3 0",
                "1 3 1 4 2 13 7 9 5 8 0"
        );
        // Droop's lot excludes the earliest candidate in file order: reverse order puts it last.
        var result = MeekStv.count(13, 4, b.lists(), b.weights(), TieBreak.of(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
        List<MeekStv.Round> rounds = result.rounds();
        assertThat(result.totalWeight()).isEqualTo(94);
        assertThat(rounds).hasSize(11);
        String one = "1";
        String zero = "0";

        // Candidates: 0 Dickinson, 1 Mookerjee, 2 Sevigny, 3 LaMarche, 4 Piacsek, 5 Write-In 2,
        // 6 Rotzler, 7 Olsen, 8 Jones, 9 Write-In 1, 10 Greenfield, 11 Leas, 12 Kramer.
        var r1 = rounds.get(0);
        assertThat(r1.quota()).isEqualTo(u("18.800000001"));
        assertThat(r1.votes()).containsExactly(u("6", "3", "8", "22", "2", "0", "33", "1", "1", "0", "0", "0", "18"));
        assertThat(r1.keepValues()).containsOnly(u(one));
        assertThat(r1.elected()).containsExactlyInAnyOrder(3, 6);
        assertThat(r1.excluded()).isEmpty();

        long[] plateauVotes = u("8.006073598", "3.232685848", "9.408174589", "18.800000609", "2.759954125", "0",
                "18.800000299", "13.000470959", "1.435843893", "0", "0", "0", "18.556796080");
        int[] excludedInTurn = {5, 9, 10, 11, 8};
        for (int i = 0; i < excludedInTurn.length; i++) {
            var r = rounds.get(1 + i);
            assertThat(r.quota()).as("round %d", r.number()).isEqualTo(u("18.800000001"));
            assertThat(r.votes()).as("round %d", r.number()).containsExactly(plateauVotes);
            assertThat(r.keepValues()[3]).isEqualTo(u("0.837944884"));
            assertThat(r.keepValues()[6]).isEqualTo(u("0.564156107"));
            assertThat(r.surplus()).isEqualTo(u("0.000000906"));
            assertThat(r.residual()).isZero();
            assertThat(r.elected()).isEmpty();
            assertThat(r.excluded()).as("round %d", r.number()).containsExactly(excludedInTurn[i]);
            for (int j = 0; j < i; j++) {
                assertThat(r.keepValues()[excludedInTurn[j]]).isZero();
            }
        }

        var r7 = rounds.get(6);
        assertThat(r7.quota()).isEqualTo(u("18.800000001"));
        assertThat(r7.votes()).containsExactly(u("8.006073598", "3.232685848", "9.408174589", "18.800000609",
                "2.759954125", zero, "18.800000299", "14.436314852", zero, zero, zero, zero, "18.556796080"));
        assertThat(r7.keepValues()).containsExactly(u(one, one, one, "0.837944884", one, zero, "0.564156107", one,
                zero, zero, zero, zero, one));
        assertThat(r7.surplus()).isEqualTo(u("0.000000906"));
        assertThat(r7.excluded()).containsExactly(4);

        var r8 = rounds.get(7);
        assertThat(r8.quota()).isEqualTo(u("18.800000001"));
        assertThat(r8.votes()).containsExactly(u("9.006073598", "3.394740964", "9.408174589", "19.165213770",
                zero, zero, "18.800000299", "14.506945584", zero, zero, zero, zero, "19.718851196"));
        assertThat(r8.keepValues()).containsExactly(u(one, one, one, "0.837944884", zero, zero, "0.564156107", one,
                zero, zero, zero, zero, one));
        assertThat(r8.residual()).isZero();
        assertThat(r8.elected()).containsExactly(12);
        assertThat(r8.excluded()).isEmpty();

        var r9 = rounds.get(8);
        assertThat(r9.quota()).isEqualTo(u("18.799133306"));
        assertThat(r9.votes()).containsExactly(u("9.427381450", "3.730149807", "9.774255128", "18.799133460",
                zero, zero, "18.799133416", "14.666479770", zero, zero, zero, zero, "18.799133497"));
        assertThat(r9.keepValues()).containsExactly(u(one, one, one, "0.811568586", zero, zero, "0.560273860", one,
                zero, zero, zero, zero, "0.947700149"));
        assertThat(r9.surplus()).isEqualTo(u("0.000000455"));
        assertThat(r9.residual()).isEqualTo(u("0.004333472"));
        assertThat(r9.excluded()).containsExactly(1);

        var r10 = rounds.get(9);
        assertThat(r10.quota()).isEqualTo(u("18.789719295"));
        assertThat(r10.votes()).containsExactly(u("10.204118384", zero, "11.498644230", "18.789719457",
                zero, zero, "18.789719396", "15.876675538", zero, zero, zero, zero, "18.789719467"));
        assertThat(r10.keepValues()).containsExactly(u(one, zero, one, "0.761294327", zero, zero, "0.537679426", one,
                zero, zero, zero, zero, "0.909783757"));
        assertThat(r10.surplus()).isEqualTo(u("0.000000435"));
        assertThat(r10.residual()).isEqualTo(u("0.051403528"));
        assertThat(r10.excluded()).containsExactly(0);

        var r11 = rounds.get(10);
        assertThat(r11.quota()).isEqualTo(u("18.586296861"));
        assertThat(r11.votes()).containsExactly(u(zero, zero, "16.482212783", "19.087429756",
                zero, zero, "19.073682122", "19.085721549", zero, zero, zero, zero, "19.202438090"));
        assertThat(r11.keepValues()).containsExactly(u(zero, zero, one, "0.602321356", zero, zero, "0.491875685", one,
                zero, zero, zero, zero, "0.667516215"));
        assertThat(r11.surplus()).isEqualTo(u("2.104084073"));
        assertThat(r11.residual()).isEqualTo(u("1.068515700"));
        assertThat(r11.elected()).containsExactly(7);
        assertThat(r11.excluded()).containsExactly(2); // seats full: Sevigny excluded as remaining

        assertThat(result.elected()).containsExactly(6, 3, 12, 7);
    }

    /**
     * Droop's near-tie fixture test/blt/42t.blt ("Pollux and Helen should tie"), figures from
     * test/ref/dump/42t-meek-prf-o6-fixed-p9-d9.txt: rounding up leaves Pollux 4 units short of Helen.
     */
    @Test
    void rounds_keep_values_up_as_prescribed() {
        var b = MeekFixtures.blt("4 1 2 0", "2 3 0");
        var result = MeekStv.count(3, 2, b.lists(), b.weights(), TieBreak.of(2, 1, 0));
        assertThat(result.rounds()).hasSize(2);
        var r1 = result.rounds().get(0);
        assertThat(r1.quota()).isEqualTo(u("2.000000001"));
        assertThat(r1.votes()).containsExactly(u("4", "0", "2"));
        assertThat(r1.elected()).containsExactly(0);
        var r2 = result.rounds().get(1);
        assertThat(r2.quota()).isEqualTo(u("2.000000001"));
        assertThat(r2.votes()).containsExactly(u("2.000000004", "1.999999996", "2.000000000"));
        assertThat(r2.keepValues()).containsExactly(u("0.500000001", "1", "1"));
        assertThat(r2.surplus()).isEqualTo(u("0.000000003"));
        assertThat(r2.excluded()).containsExactly(1);
        assertThat(r2.elected()).containsExactly(2);
        assertThat(result.elected()).containsExactly(0, 2);
    }

    /**
     * Hand-checked: A 4, B 3, C 2, D 1 (D's ballot goes on to C), one seat. After D is excluded B and C
     * both hold 3; looking back, C had fewer in round 1, so C goes even though the lot (the tie-break)
     * would have excluded B.
     */
    @Test
    void breaks_an_exclusion_tie_by_looking_back_before_drawing_lots() {
        var b = MeekFixtures.blt("4 1 0", "3 2 0", "2 3 0", "1 4 3 0");
        var result = MeekStv.count(4, 1, b.lists(), b.weights(), TieBreak.of(2, 0, 1, 3));
        var rounds = result.rounds();
        assertThat(rounds).hasSize(3);
        assertThat(rounds.get(0).quota()).isEqualTo(u("5.000000001"));
        assertThat(rounds.get(0).excluded()).containsExactly(3);
        assertThat(rounds.get(1).votes()).containsExactly(u("4", "3", "3", "0"));
        assertThat(rounds.get(1).excluded()).containsExactly(2);
        assertThat(rounds.get(2).quota()).isEqualTo(u("3.500000001"));
        assertThat(rounds.get(2).residual()).isEqualTo(u("3"));
        assertThat(rounds.get(2).elected()).containsExactly(0);
        assertThat(rounds.get(2).excluded()).containsExactly(1);
        assertThat(result.elected()).containsExactly(0);
    }

    @Test
    void draws_lots_with_the_tie_break_when_candidates_were_always_level() {
        var b = MeekFixtures.blt("2 1 0", "2 2 0", "3 3 0");
        assertThat(MeekStv.count(3, 1, b.lists(), b.weights(), TieBreak.of(0, 1, 2)).rounds().get(0).excluded())
                .containsExactly(1);
        assertThat(MeekStv.count(3, 1, b.lists(), b.weights(), TieBreak.of(1, 0, 2)).rounds().get(0).excluded())
                .containsExactly(0);
    }

    @Test
    void elects_everyone_when_there_are_no_more_candidates_than_seats() {
        var b = MeekFixtures.blt("2 2 1 0", "1 1 0");
        var result = MeekStv.count(2, 3, b.lists(), b.weights(), TieBreak.identity(2));
        assertThat(result.elected()).containsExactly(1, 0);
        assertThat(result.rounds()).hasSize(1);
        assertThat(result.rounds().get(0).votes()).containsExactly(u("1", "2"));
    }

    @Test
    void formats_figures_with_nine_decimals() {
        assertThat(MeekStv.format(u("18.800000001"))).isEqualTo("18.800000001");
        assertThat(MeekStv.format(5)).isEqualTo("0.000000005");
    }
}
