package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    @Test
    void blocks_when_blocks_reach_the_threshold() {
        var oneBlockStops = new Consensus.Rule(Fraction.ZERO, 1, OptionalLong.empty());
        assertThat(Consensus.count(new Consensus.Tally(10, 0, 1, 11), oneBlockStops).verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(Consensus.count(new Consensus.Tally(10, 3, 0, 13), oneBlockStops).verdict()).isEqualTo(Verdict.ADOPTED);
        var twoBlocksStop = new Consensus.Rule(Fraction.ZERO, 2, OptionalLong.empty());
        assertThat(Consensus.count(new Consensus.Tally(10, 0, 1, 11), twoBlocksStop).verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(Consensus.count(new Consensus.Tally(10, 0, 2, 12), twoBlocksStop).verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void allows_stand_asides_up_to_the_cap_and_not_beyond() {
        var capTwo = new Consensus.Rule(Fraction.ZERO, 1, OptionalLong.of(2));
        assertThat(Consensus.count(new Consensus.Tally(8, 2, 0, 10), capTwo).verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(Consensus.count(new Consensus.Tally(8, 3, 0, 11), capTwo).verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void counts_stand_asides_and_blocks_towards_the_consensus_quorum() {
        var twoThirdsQuorum = new Consensus.Rule(Fraction.TWO_THIRDS, 1, OptionalLong.empty());
        var result = Consensus.count(new Consensus.Tally(1, 1, 0, 3), twoThirdsQuorum);
        assertThat(result.verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(result.participation()).isEqualTo(2);
        assertThat(Consensus.count(new Consensus.Tally(1, 0, 0, 3), twoThirdsQuorum).verdict())
                .isEqualTo(Verdict.QUORUM_NOT_MET);
    }
}
