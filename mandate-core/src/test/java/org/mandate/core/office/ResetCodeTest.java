package org.mandate.core.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.office.OfficeCommand.IssueResetCode;
import org.mandate.core.office.OfficeEvent.ResetCodeIssued;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.rule.Rejection;

/**
 * A member who lost their password gets a reset code from an office of their own assembly listing
 * {@code issue-reset-code}, never from the server's operator; every reset is an event in the record.
 */
class ResetCodeTest {

    /** bakery (ana, ben, cat, dan) elects ben secretary with the reset permission; mill (eve, fay) is another assembly. */
    static Scenario bakeryWithSecretary() {
        Scenario s = OfficeTest.bakery(true);
        OfficeTest.electOffice(s, "secretary", List.of(Permission.ISSUE_RESET_CODE), "ben", "cat");
        assembly(s, "mill", quickAssembly(), "eve", "fay");
        return s;
    }

    static IssueResetCode reset(String body, String member) {
        return new IssueResetCode(b(body), m(member));
    }

    @Test
    void the_secretary_issues_a_reset_code_to_a_member_of_the_assembly_and_the_record_keeps_who_when_and_to_whom() {
        Scenario s = bakeryWithSecretary();

        var e = s.when("ben", reset("bakery", "dan")).only(ResetCodeIssued.class);

        assertThat(e).isEqualTo(new ResetCodeIssued(s.now(), b("bakery"), m("dan"), m("ben"), "secretary"));
        assertThat(s.state().offices().resetCodesFor(m("dan"))).containsExactly(e);
        assertThat(s.state().offices().resetCodesFor(m("ben"))).isEmpty();
        assertThat(s.state().offices().notices(b("bakery"))).containsExactly(e);
        assertReplays(s);
    }

    @Test
    void a_member_without_the_permission_cannot_issue_a_reset_code() {
        Scenario s = bakeryWithSecretary();

        var r = s.when("cat", reset("bakery", "dan")).thenRefused(Rejection.NotPermitted.class);

        assertThat(r.permission()).isEqualTo("issue-reset-code");
        assertThat(s.state().offices().resetCodesFor(m("dan"))).isEmpty();
    }

    @Test
    void an_office_that_does_not_list_the_permission_cannot_issue_a_reset_code() {
        Scenario s = OfficeTest.bakery(true);
        OfficeTest.electOffice(s, "press", List.of(Permission.PUBLISH_ANNOUNCEMENT), "ben", "cat");

        s.when("ben", reset("bakery", "dan")).thenRefused(Rejection.NotPermitted.class);
    }

    @Test
    void a_reset_code_goes_only_to_a_member_of_the_office_holders_own_assembly() {
        Scenario s = bakeryWithSecretary();

        var r = s.when("ben", reset("bakery", "eve")).thenRefused(Rejection.NotAMember.class);

        assertThat(r.member()).isEqualTo(m("eve"));
        assertThat(r.body()).isEqualTo(b("bakery"));
        s.when("ben", reset("mill", "eve")).thenRefused(Rejection.NotPermitted.class);
    }

    @Test
    void an_office_holder_cannot_issue_a_reset_code_for_themselves() {
        Scenario s = bakeryWithSecretary();

        var r = s.when("ben", reset("bakery", "ben")).thenRefused(Rejection.OwnResetCode.class);

        assertThat(r.message()).contains("witness");
    }

    @Test
    void nobody_issues_a_reset_code_without_acting_as_a_member_and_only_in_a_body_that_exists() {
        Scenario s = bakeryWithSecretary();

        s.when(null, reset("bakery", "dan")).thenRefused(Rejection.NoActingMember.class);
        s.when("ben", reset("nowhere", "dan")).thenRefused(Rejection.UnknownBody.class);
    }

    @Test
    void a_council_has_no_members_of_its_own_to_give_reset_codes_to() {
        Scenario s = bakeryWithSecretary();
        found(s, "fed", "trade", quickCouncil(), "bakery", "mill");

        var r = s.when("ben", reset("fed", "dan")).thenRefused(Rejection.NotAnAssembly.class);

        assertThat(r.body()).isEqualTo(b("fed"));
    }

    @Test
    void a_recalled_secretary_cannot_issue_a_reset_code() {
        Scenario s = bakeryWithSecretary();
        s.given("ana", new OpenPetition("recall.ben", PetitionKind.RECALL, b("bakery"), null, "", m("ben"), null, "secretary"));
        s.given("dan", new SignPetition("recall.ben"));

        s.when("ben", reset("bakery", "dan")).thenRefused(Rejection.NotPermitted.class);
    }

    @Test
    void once_the_term_has_run_out_the_secretary_cannot_issue_a_reset_code() {
        Scenario s = bakeryWithSecretary();
        s.at(s.state().offices().office(b("bakery"), "secretary").termEnds());

        s.when("ben", reset("bakery", "dan")).thenRefused(Rejection.NotPermitted.class);
    }
}
