package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentTest {

    @Test
    void adopts_when_no_objection_stands_at_the_close() {
        assertThat(Consent.count(new Consent.Tally(0, 12, 20), Fraction.HALF).verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void rejects_when_a_single_objection_stands() {
        assertThat(Consent.count(new Consent.Tally(1, 12, 20), Fraction.HALF).verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void needs_the_quorum_even_without_objections() {
        assertThat(Consent.count(new Consent.Tally(0, 9, 20), Fraction.HALF).verdict()).isEqualTo(Verdict.QUORUM_NOT_MET);
        assertThat(Consent.count(new Consent.Tally(0, 10, 20), Fraction.HALF).verdict()).isEqualTo(Verdict.ADOPTED);
    }
}
