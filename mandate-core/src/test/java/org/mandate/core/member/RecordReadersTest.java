package org.mandate.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;

class RecordReadersTest {

    private static Charter publicCharter() {
        Charter c = quickAssembly();
        return new Charter(c.rules(), c.admission(), c.weighting(), c.annulmentWindow(), true);
    }

    @Test
    void one_body_keeping_its_record_to_members_keeps_the_whole_record_to_members() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", publicCharter(), "ana", "ben");
        assembly(s, "depot", quickAssembly(), "cat");
        register(s, "zed");

        assertThat(RecordReaders.isPublic(s.state())).isFalse();
        assertThat(RecordReaders.mayRead(s.state(), m("ana"))).isTrue();
        assertThat(RecordReaders.mayRead(s.state(), m("cat"))).isTrue();
        assertThat(RecordReaders.mayRead(s.state(), null)).isFalse();
        // Registering admits nobody: anyone may register.
        assertThat(RecordReaders.mayRead(s.state(), m("zed"))).isFalse();
        assertThat(RecordReaders.mayRead(s.state(), m("nobody"))).isFalse();
    }

    @Test
    void the_record_is_public_when_every_body_chose_a_public_record() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", publicCharter(), "ana");
        assembly(s, "depot", publicCharter(), "cat");

        assertThat(RecordReaders.isPublic(s.state())).isTrue();
        assertThat(RecordReaders.mayRead(s.state(), null)).isTrue();
    }

    @Test
    void a_federation_with_no_body_yet_is_not_public() {
        Scenario s = Scenario.start();
        register(s, "ana");

        assertThat(RecordReaders.isPublic(s.state())).isFalse();
        assertThat(RecordReaders.mayRead(s.state(), m("ana"))).isFalse();
    }
}
