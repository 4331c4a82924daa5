package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.ApiClient.bearer;
import static org.mandate.server.http.ApiClient.problem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mandate.codec.Vocabulary;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.credit.CreditCommand;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.office.Permission;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand.PublishProposal;
import org.mandate.core.proposal.ProposalCommand.SubmitProposal;

/**
 * Who may do what, as a table over real HTTP. Each identity that has no right to act tries every kind of
 * command the core knows, on something that is not theirs to act on; each try is refused naming the rule
 * that refuses it, and neither the record nor the directory changes. The kinds are the codec's vocabulary,
 * taken from the sealed command families, so a kind added later fails this test until it has a row.
 *
 * <p>The federation: assemblies bakery (ana, ben, cat, dan) and mill (eve, fay, gus) in the council fed,
 * whose business delegates vote. ana, bakery's delegate, was recalled (the seat passed to ben); eve's term
 * as mill's delegate ran out; cat is bakery's secretary, who may publish announcements and nothing else;
 * zed is registered but a member of nothing; and the server has an operator. bakery and mill also trade in the
 * council market's mutual credit, where mill's treasurer gus recorded an invoice on bakery, whose answer
 * belongs to an office of bakery that no one in the table holds. market also plans: one period gathers
 * statements, another had its first rounds; its planners and facilitators are no one in the table.
 */
class AuthorizationMatrixTest extends ServerFixture {

    /** Someone who must not act: where they have no business ({@code foreign}), the seat and the office they may try. */
    record Identity(String who, String what, String foreign, String seatBody, String officeBody, String seatRule) {}

    static final List<Identity> IDENTITIES = List.of(
            new Identity("zed", "a non-member", "bakery", "bakery", "bakery", "NotADelegate"),
            new Identity("fay", "a member of another body", "bakery", "bakery", "bakery", "NotADelegate"),
            new Identity("ana", "a recalled delegate", "mill", "bakery", "mill", "NotADelegate"),
            new Identity("eve", "a delegate after the term's end", "bakery", "mill", "bakery", "TermExpired"),
            new Identity("cat", "an office-holder beyond the office's permissions", "mill", "bakery", "bakery", "NotADelegate"));

    /** One kind of command: the request an identity sends, and the rule that must refuse it. */
    record Row(String kind, Function<Identity, String> command, Function<Identity, String> rule) {}

    static Row row(String kind, Function<Identity, String> command, String rule) {
        return new Row(kind, command, i -> rule);
    }

    static final Map<String, String> OFFICER = Map.of("bakery", "cat", "mill", "gus");
    static final Map<String, String> OFFICE = Map.of("bakery", "secretary", "mill", "treasurer");
    static final Map<String, String> RESET_FOR = Map.of("bakery", "dan", "mill", "gus");
    static final String YES = "{\"type\":\"yes-no\",\"choice\":\"yes\"}";

    static final List<Row> ROWS = List.of(
            // membership
            row("register-member", i -> "{\"type\":\"register-member\",\"member\":\"newcomer\"}", "ActingForAnother"),
            row("found-assembly", i -> "{\"type\":\"found-assembly\",\"body\":\"" + i.foreign() + "\",\"name\":\"Taken over\"}", "IdInUse"),
            row("accept-founding", i -> "{\"type\":\"accept-founding\",\"body\":\"" + i.foreign() + "\"}", "NotAFounder"),
            row("apply-for-admission", i -> "{\"type\":\"apply-for-admission\",\"body\":\"fed\"}", "NotAnAssembly"),
            row("sponsor-applicant", i -> "{\"type\":\"sponsor-applicant\",\"body\":\"" + i.foreign() + "\",\"applicant\":\"newcomer\"}",
                    "NotAMember"),
            row("object-to-applicant", i -> "{\"type\":\"object-to-applicant\",\"body\":\"" + i.foreign()
                    + "\",\"applicant\":\"newcomer\",\"reason\":\"No.\"}", "NotAMember"),
            row("leave-body", i -> "{\"type\":\"leave-body\",\"body\":\"" + i.foreign() + "\"}", "NotAMember"),
            // proposals, deliberation and votes; a mandate to the council is a proposal of the body
            row("submit-proposal", i -> "{\"type\":\"submit-proposal\",\"proposal\":\"" + i.foreign() + ".mandate\",\"body\":\"" + i.foreign()
                    + "\",\"title\":\"Mandate\",\"motion\":{\"type\":\"give-mandate\",\"council\":\"fed\",\"item\":\"fed.hours\","
                    + "\"instruction\":{\"type\":\"fixed\",\"ballot\":" + YES + "},\"survivesAmendment\":false}}", "NotAMember"),
            row("publish-proposal", i -> proposal("publish-proposal", i, "draft", ""), "NotTheProposer"),
            row("propose-amendment", i -> proposal("propose-amendment", i, "elect", ",\"amendment\":\"a1\",\"text\":\"Two seats\""), "NotAMember"),
            row("accept-amendment", i -> proposal("accept-amendment", i, "elect", ",\"amendment\":\"a1\""), "NotTheProposer"),
            row("support-amendment", i -> proposal("support-amendment", i, "elect", ",\"amendment\":\"a1\",\"support\":true"), "NotOnRoll"),
            row("post-comment", i -> proposal("post-comment", i, "elect", ",\"comment\":\"c1\",\"text\":\"From outside\""), "NotAMember"),
            row("reply-to-expulsion", i -> proposal("reply-to-expulsion", i, "draft", ",\"text\":\"Not me\""), "NotTheSubject"),
            row("withdraw-proposal", i -> proposal("withdraw-proposal", i, "draft", ""), "NotTheProposer"),
            row("cast-vote", i -> proposal("cast-vote", i, "vote", ",\"ballot\":" + YES), "NotOnRoll"),
            row("stand-for-election", i -> proposal("stand-for-election", i, "elect", ""), "NotAMember"),
            row("withdraw-objection", i -> proposal("withdraw-objection", i, "vote", ""), "NoStandingObjection"),
            // council seat votes
            new Row("cast-seat-vote", i -> "{\"type\":\"cast-seat-vote\",\"item\":\"fed.hours\",\"body\":\"" + i.seatBody()
                    + "\",\"ballot\":" + YES + "}", Identity::seatRule),
            // offices and reset codes
            row("publish-announcement", i -> "{\"type\":\"publish-announcement\",\"body\":\"" + i.foreign()
                    + "\",\"announcement\":\"n1\",\"text\":\"We are taking over\"}", "NotPermitted"),
            row("schedule-meeting", i -> "{\"type\":\"schedule-meeting\",\"body\":\"" + i.officeBody()
                    + "\",\"meeting\":\"m1\",\"when\":\"2027-01-01T18:00:00Z\"}", "NotPermitted"),
            row("issue-reset-code", i -> "{\"type\":\"issue-reset-code\",\"body\":\"" + i.officeBody() + "\",\"member\":\""
                    + RESET_FOR.get(i.officeBody()) + "\"}", "NotPermitted"),
            // petitions
            row("open-petition", i -> "{\"type\":\"open-petition\",\"petition\":\"recall.again\",\"kind\":\"recall\",\"body\":\"" + i.foreign()
                    + "\",\"target\":\"" + OFFICER.get(i.foreign()) + "\",\"office\":\"" + OFFICE.get(i.foreign()) + "\"}", "NotAMember"),
            row("sign-petition", i -> "{\"type\":\"sign-petition\",\"petition\":\"recall." + OFFICER.get(i.foreign()) + "\"}", "NotAMember"),
            // mutual credit in the council market: bakery's money and bakery's name, which none of them may commit
            row("make-payment", i -> "{\"type\":\"make-payment\",\"council\":\"market\",\"from\":\"bakery\",\"to\":\"mill\",\"amount\":10}",
                    "NotPermitted"),
            row("record-invoice", i -> "{\"type\":\"record-invoice\",\"council\":\"market\",\"invoice\":\"inv.forged\","
                    + "\"creditor\":\"bakery\",\"debtor\":\"mill\",\"amount\":10}", "NotPermitted"),
            row("accept-invoice", i -> "{\"type\":\"accept-invoice\",\"invoice\":\"inv.bakery\"}", "NotPermitted"),
            row("dispute-invoice", i -> "{\"type\":\"dispute-invoice\",\"invoice\":\"inv.bakery\",\"reason\":\"No\"}", "NotPermitted"),
            row("apply-clearing", i -> "{\"type\":\"apply-clearing\",\"council\":\"market\",\"clearing\":\"market.c1\",\"lines\":[]}",
                    "OnlyTheServerClears"),
            // planning in the council market: a statement for a body they plan nothing for, a human round they may not call
            row("state-techniques", i -> "{\"type\":\"state-techniques\",\"plan\":\"market.gathering\",\"body\":\"" + i.officeBody()
                    + "\",\"techniques\":[{\"id\":\"t\",\"outputs\":[{\"good\":\"bread\",\"millionths\":1000000}],\"inputs\":[],"
                    + "\"labourPerUnit\":1000000,\"capacity\":1000}]}", "NotPermitted"),
            row("state-requests", i -> "{\"type\":\"state-requests\",\"plan\":\"market.gathering\",\"body\":\"" + i.officeBody()
                    + "\",\"requests\":[{\"good\":\"bread\",\"minimum\":0,\"steps\":[{\"quantity\":1000,\"valuePerUnit\":1000000}]}]}", "NotPermitted"),
            row("call-human-round", i -> "{\"type\":\"call-human-round\",\"plan\":\"market.run\",\"until\":\"2030-01-01T00:00:00Z\"}",
                    "NotPermitted"),
            row("record-plan-rounds", i -> "{\"type\":\"record-plan-rounds\",\"plan\":\"market.run\",\"rounds\":[],\"ending\":\"balanced\","
                    + "\"blocking\":[],\"why\":\"\",\"proposals\":[]}", "OnlyTheServerPlans"),
            // time
            row("tick", i -> "{\"type\":\"tick\"}", "OnlyTheClock"));

    private static String proposal(String type, Identity i, String which, String rest) {
        return "{\"type\":\"" + type + "\",\"proposal\":\"" + i.foreign() + "." + which + "\"" + rest + "}";
    }

    @Test
    void every_kind_of_command_the_core_knows_has_a_row() {
        assertThat(ROWS.stream().map(Row::kind).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Vocabulary.COMMANDS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> each_identity_is_refused_every_kind_of_command_naming_the_rule_and_nothing_changes() {
        federation();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Identity i : IDENTITIES) {
            tokens.put(i.who(), account(i.who()));
        }
        account("dan");
        account("gus");
        accounts.registerOperator("root", PASSWORD + " of the operator", clock.instant());
        ApiClient.Browser operator = api.login("operator", "root", PASSWORD + " of the operator");

        List<DynamicTest> cells = new ArrayList<>();
        for (Identity i : IDENTITIES) {
            for (Row r : ROWS) {
                cells.add(DynamicTest.dynamicTest(i.what() + " (" + i.who() + ") is refused " + r.kind() + " by " + r.rule().apply(i),
                        () -> refusedAndNothingChanged(r.command().apply(i), bearer(tokens.get(i.who())), 422, r.rule().apply(i))));
            }
        }
        // The operator row goes through a browser session with its CSRF tokens, as an operator would log in.
        for (Row r : ROWS) {
            cells.add(DynamicTest.dynamicTest("the operator is refused " + r.kind() + " by OperatorCannotAct",
                    () -> refusedAndNothingChanged(r.command().apply(IDENTITIES.get(0)), operator, 403, "OperatorCannotAct")));
        }
        return cells.stream();
    }

    private void refusedAndNothingChanged(String command, ApiClient.Credentials who, int status, String rule) {
        long size = store.size();
        Map<String, List<String>> before = withoutSessions();

        HttpResponse<String> r = api.post("/api/v1/commands", command, who);

        problem(r, status, rule);
        assertThat(store.size()).as("the record").isEqualTo(size);
        assertThat(withoutSessions()).as("the directory").isEqualTo(before);
    }

    /** The directory but the sessions, whose CSRF secret each of the operator's posts moves on, as it should. */
    private Map<String, List<String>> withoutSessions() {
        Map<String, List<String>> d = new TreeMap<>(directory());
        d.remove("sessions");
        return d;
    }

    /** Builds the federation the class comment describes, with commands only, through the writer. */
    private void federation() {
        EngineScenario s = scenario;
        s.assembly("bakery", EngineScenario.quickAssembly(), "ana", "ben", "cat", "dan");
        s.assembly("mill", EngineScenario.quickAssembly(), "eve", "fay", "gus");
        s.given("zed", new MemberCommand.RegisterMember(new MemberId("zed")));
        s.adopt("bakery", "bakery.found.fed", new Motion.FoundCouncil(new BodyId("fed"), "Federation", "trade",
                EngineScenario.delegatesCouncil(), List.of(new BodyId("mill"))));
        s.adopt("mill", "mill.join.fed", new Motion.JoinAsFounder(new BodyId("fed")));
        s.councilAdopts("fed", "fed.grant.hours", new Motion.GrantCompetence("hours", "Working hours"), null);
        s.credit("market", "bakery", "mill");
        plans(s);
        s.elect("mill", "mill.delegates", new Motion.ElectDelegates(new BodyId("fed"), 0), "eve");
        s.after(Duration.ofDays(10));
        s.elect("bakery", "bakery.delegates", new Motion.ElectDelegates(new BodyId("fed"), 1), "ana", "ben");
        s.elect("bakery", "bakery.secretary", new Motion.ElectOffice("secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), 1), "cat");
        s.elect("mill", "mill.treasurer", new Motion.ElectOffice("treasurer", List.of(Permission.MAKE_PAYMENT, Permission.RECORD_INVOICE), 1),
                "gus");
        s.given("gus", new CreditCommand.RecordInvoice(new BodyId("market"), "inv.bakery", new BodyId("mill"), new BodyId("bakery"), 250, "Flour"));
        // ana is recalled: two of bakery's four members sign, the petition itself recalls, and her seat passes to ben
        s.given("dan", new OpenPetition("recall.ana", PetitionKind.RECALL, new BodyId("bakery"), null, "She voted against our mandate",
                new MemberId("ana"), new BodyId("fed"), null));
        s.given("cat", new SignPetition("recall.ana"));
        // mill's delegation runs out: the clock passes the end of its term and ticks
        s.at(s.read(f -> f.sessions().delegation(new BodyId("fed"), new BodyId("mill")).termEnds()));
        s.tick();
        // what the identities then try to act on, all open now
        s.given("ben", new SubmitProposal(new ProposalId("fed.hours"), new BodyId("fed"), "A 32-hour week", "", new Motion.Resolution(),
                List.of(), "hours"));
        s.given("ben", new PublishProposal(new ProposalId("fed.hours"), null, Duration.ofDays(10)));
        for (String body : List.of("bakery", "mill")) {
            String first = s.members(body).get(0);
            BodyId b = new BodyId(body);
            s.given(first, new SubmitProposal(new ProposalId(body + ".draft"), b, "Draft", "", new Motion.Resolution(), List.of(), null));
            s.given(first, new SubmitProposal(new ProposalId(body + ".elect"), b, "Coordinator", "",
                    new Motion.ElectOffice("coordinator", List.of(Permission.SCHEDULE_MEETING), 1), List.of(), null));
            s.given(first, new PublishProposal(new ProposalId(body + ".elect"), Duration.ofDays(5), null));
            s.given(first, new SubmitProposal(new ProposalId(body + ".vote"), b, "The rota", "", new Motion.Resolution(), List.of(), null));
            s.given(first, new PublishProposal(new ProposalId(body + ".vote"), null, null));
        }
        s.given("dan", new OpenPetition("recall.cat", PetitionKind.RECALL, new BodyId("bakery"), null, "", new MemberId("cat"), null,
                "secretary"));
        s.given("fay", new OpenPetition("recall.gus", PetitionKind.RECALL, new BodyId("mill"), null, "", new MemberId("gus"), null,
                "treasurer"));
        // the roles are what the table says they are
        List<MemberId> bakerySeats = s.read(f -> List.copyOf(f.sessions().delegation(new BodyId("fed"), new BodyId("bakery")).seats()));
        boolean millEnded = s.read(f -> f.sessions().delegation(new BodyId("fed"), new BodyId("mill")).ended());
        boolean catHolds = s.read(f -> f.offices().office(new BodyId("bakery"), "secretary").heldBy(new MemberId("cat")));
        assertThat(bakerySeats).containsExactly(new MemberId("ben"));
        assertThat(millEnded).isTrue();
        assertThat(catHolds).isTrue();
        PlanPhase gathering = s.read(f -> f.plans().of("market.gathering").phase(f));
        PlanPhase run = s.read(f -> f.plans().of("market.run").phase(f));
        assertThat(gathering).isEqualTo(PlanPhase.GATHERING);
        assertThat(run).isIn(PlanPhase.BALANCED, PlanPhase.UNSETTLED);
    }

    /**
     * Two plan periods of market: "market.gathering" takes statements for a year; "market.run" had its
     * first stretch, so its human round could be called, by a facilitator no one in the table is. The
     * planners, dan for bakery and gus for mill, are not in the table either.
     */
    private static void plans(EngineScenario s) {
        s.elect("bakery", "bakery.planner", new Motion.ElectOffice("planner", List.of(Permission.PROPOSE_PLAN), 1), "dan");
        s.elect("mill", "mill.planner", new Motion.ElectOffice("planner", List.of(Permission.PROPOSE_PLAN), 1), "gus");
        s.councilAdopts("market", "market.plan.gathering", period("market.gathering", s.now().plus(Duration.ofDays(365))), "trade");
        Instant balanceAt = s.now().plus(Duration.ofDays(12));
        s.councilAdopts("market", "market.plan.run", period("market.run", balanceAt), "trade");
        s.given("gus", new PlanCommand.StateTechniques("market.run", new BodyId("mill"), List.of(new PlanTerms.Technique("baking",
                List.of(new PlanTerms.PerUnit("bread", 1_000_000)), List.of(), 10_000_000, 100_000))));
        s.given("dan", new PlanCommand.StateRequests("market.run", new BodyId("bakery"), List.of(new PlanTerms.Request("bread", 0,
                List.of(new PlanTerms.Step(50_000, 100_000))))));
        s.at(balanceAt);
        s.tick();
    }

    private static Motion.OpenPlanPeriod period(String plan, Instant balanceAt) {
        return new Motion.OpenPlanPeriod(plan, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new PlanTerms.PlanGood("bread", "t", "Bread")), 10, 1, balanceAt);
    }
}
