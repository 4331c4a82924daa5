package org.mandate.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.member.MemberCommand.RegisterMember;
import org.mandate.core.member.MemberEvent.MemberRegistered;
import org.mandate.core.rule.Rejection;

class RegistrationTest {

    @Test
    void registers_a_member_under_the_id_they_chose() {
        Scenario s = Scenario.start();

        var events = s.when("ana", new RegisterMember(m("ana"))).thenEvents(MemberRegistered.class);

        assertThat(events.get(0)).isEqualTo(new MemberRegistered(Scenario.T0, m("ana")));
        assertThat(s.state().member(m("ana")).registeredAt()).isEqualTo(Scenario.T0);
        assertThat(s.state().member(m("ana")).bodies()).isEmpty();
    }

    @Test
    void refuses_registering_someone_else() {
        Scenario s = Scenario.start();

        var r = s.when("ana", new RegisterMember(m("ben"))).thenRefused(Rejection.ActingForAnother.class);

        assertThat(r.member()).isEqualTo(m("ben"));
        assertThat(s.state().member(m("ben"))).isNull();
    }

    @Test
    void refuses_registration_with_no_acting_member() {
        Scenario s = Scenario.start();

        s.when(null, new RegisterMember(m("ana"))).thenRefused(Rejection.NoActingMember.class);
    }

    @Test
    void refuses_registering_twice() {
        Scenario s = Scenario.start();
        register(s, "ana");

        s.when("ana", new RegisterMember(m("ana"))).thenRefused(Rejection.AlreadyRegistered.class);
        assertThat(s.state().memberCount()).isEqualTo(1);
    }
}
