package org.mandate.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.body.BodyCommand.AcceptFounding;
import org.mandate.core.body.BodyCommand.FoundAssembly;
import org.mandate.core.body.BodyEvent.AssemblyFounded;
import org.mandate.core.body.BodyEvent.FounderJoined;
import org.mandate.core.charter.Charter;
import org.mandate.core.rule.Rejection;

class FoundingTest {

    @Test
    void founds_an_assembly_with_the_founder_as_its_only_member_until_cofounders_accept() {
        Scenario s = Scenario.start();
        register(s, "ana", "ben", "chi");

        var events = s.when("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of(m("ben"), m("chi"))))
                .thenEvents(AssemblyFounded.class);

        assertThat(events.get(0)).isEqualTo(new AssemblyFounded(Scenario.T0, b("bakery"), "Bakery", Charter.defaultAssembly(),
                m("ana"), List.of(m("ben"), m("chi"))));
        Body bakery = s.state().body(b("bakery"));
        assertThat(bakery.isAssembly()).isTrue();
        assertThat(bakery.members()).containsOnlyKeys(m("ana"));
        assertThat(bakery.pendingFounders()).containsExactly(m("ben"), m("chi"));
        assertThat(s.state().member(m("ana")).bodies()).containsExactly(b("bakery"));
        assertThat(s.state().member(m("ben")).bodies()).isEmpty();
    }

    @Test
    void a_named_cofounder_joins_by_accepting() {
        Scenario s = Scenario.start();
        register(s, "ana", "ben");
        s.given("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of(m("ben"))));

        var events = s.when("ben", new AcceptFounding(b("bakery"))).thenEvents(FounderJoined.class);

        assertThat(events.get(0)).isEqualTo(new FounderJoined(Scenario.T0, b("bakery"), m("ben")));
        assertThat(s.state().body(b("bakery")).members()).containsOnlyKeys(m("ana"), m("ben"));
        assertThat(s.state().body(b("bakery")).pendingFounders()).isEmpty();
        assertThat(s.state().member(m("ben")).bodies()).containsExactly(b("bakery"));
    }

    @Test
    void refuses_acceptance_by_a_member_who_was_not_named() {
        Scenario s = Scenario.start();
        register(s, "ana", "ben", "eve");
        s.given("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of(m("ben"))));

        s.when("eve", new AcceptFounding(b("bakery"))).thenRefused(Rejection.NotAFounder.class);
        assertThat(s.state().body(b("bakery")).hasMember(m("eve"))).isFalse();
    }

    @Test
    void refuses_accepting_twice() {
        Scenario s = Scenario.start();
        register(s, "ana", "ben");
        s.given("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of(m("ben"))));
        s.given("ben", new AcceptFounding(b("bakery")));

        s.when("ben", new AcceptFounding(b("bakery"))).thenRefused(Rejection.NotAFounder.class);
    }

    @Test
    void refuses_reusing_a_body_id() {
        Scenario s = Scenario.start();
        register(s, "ana", "ben");
        s.given("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of()));

        s.when("ben", new FoundAssembly(b("bakery"), "Another bakery", null, List.of())).thenRefused(Rejection.IdInUse.class);
        assertThat(s.state().body(b("bakery")).members()).containsOnlyKeys(m("ana"));
    }

    @Test
    void refuses_founding_by_an_unregistered_person() {
        Scenario s = Scenario.start();

        s.when("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of())).thenRefused(Rejection.NotRegistered.class);
    }

    @Test
    void refuses_an_unregistered_cofounder() {
        Scenario s = Scenario.start();
        register(s, "ana");

        s.when("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of(m("ghost")))).thenRefused(Rejection.NotRegistered.class);
    }

    @Test
    void refuses_founding_under_an_invalid_charter() {
        Scenario s = Scenario.start();
        register(s, "ana");
        Charter noExpulsionRule = withRule(Charter.defaultAssembly(), org.mandate.core.charter.DecisionKind.EXPULSION, null);

        s.when("ana", new FoundAssembly(b("bakery"), "Bakery", noExpulsionRule, List.of())).thenRefused(Rejection.InvalidCharter.class);
    }

    @Test
    void refuses_naming_the_founder_among_the_cofounders() {
        Scenario s = Scenario.start();
        register(s, "ana", "ben");

        s.when("ana", new FoundAssembly(b("bakery"), "Bakery", null, List.of(m("ben"), m("ana")))).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_an_assembly_without_a_name() {
        Scenario s = Scenario.start();
        register(s, "ana");

        s.when("ana", new FoundAssembly(b("bakery"), " ", null, List.of())).thenRefused(Rejection.InvalidProposal.class);
    }
}
