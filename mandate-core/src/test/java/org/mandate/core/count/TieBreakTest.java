package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TieBreakTest {

    @Test
    void lets_the_earlier_option_in_the_priority_win() {
        var t = TieBreak.of(2, 0, 1);
        assertThat(t.prefers(2, 0)).isTrue();
        assertThat(t.prefers(1, 0)).isFalse();
        assertThat(t.position(1)).isEqualTo(2);
    }

    @Test
    void refuses_anything_but_a_permutation() {
        assertThatThrownBy(() -> TieBreak.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TieBreak.of(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_its_own_copy_of_the_priority() {
        int[] p = {0, 1};
        var t = TieBreak.of(p);
        p[0] = 1;
        assertThat(t.priority()).containsExactly(0, 1);
    }
}
