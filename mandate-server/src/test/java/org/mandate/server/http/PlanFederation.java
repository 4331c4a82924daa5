package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.codec.Codec;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.ProposalId;
import org.mandate.core.office.Permission;
import org.mandate.core.plan.PlanTerms.PlanGood;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;

/**
 * The federation the plan tests start from: assemblies mill (ana, ben), bakery (cat, dan) and street
 * (eve, fay) in the council food, voted by its member bodies and granted 'planning'; each assembly
 * elected a planner (ana, cat, eve) who may state its part, and food elected ben its facilitator. With
 * {@link #open}, food has opened plan "p1" (flour and bread, 1% tolerance, two human rounds).
 *
 * <p>The economy, stated over HTTP ({@link #MILL}, {@link #BAKERY}, {@link #STREET}): the mill makes
 * flour (1 t per unit, 10 hours, at most 200 t), the bakery bread (1 t from 0.5 t of flour, 20 hours, at
 * most 150 t), the street asks for up to 100 t of bread valued at 100 hours a tonne.
 */
final class PlanFederation {
    static final String PLAN = "p1";
    static final String COMPETENCE = "planning";
    static final Map<String, String> PLANNER = new TreeMap<>(Map.of("mill", "ana", "bakery", "cat", "street", "eve"));
    static final List<String> MEMBERS = List.of("ana", "ben", "cat", "dan", "eve", "fay");

    static final String MILL = "{\"type\":\"state-techniques\",\"plan\":\"p1\",\"body\":\"mill\",\"techniques\":[{\"id\":\"milling\","
            + "\"outputs\":[{\"good\":\"flour\",\"millionths\":1000000}],\"inputs\":[],\"labourPerUnit\":10000000,\"capacity\":200000}]}";
    static final String BAKERY = "{\"type\":\"state-techniques\",\"plan\":\"p1\",\"body\":\"bakery\",\"techniques\":[{\"id\":\"baking\","
            + "\"outputs\":[{\"good\":\"bread\",\"millionths\":1000000}],\"inputs\":[{\"good\":\"flour\",\"millionths\":500000}],"
            + "\"labourPerUnit\":20000000,\"capacity\":150000}]}";
    static final String STREET = "{\"type\":\"state-requests\",\"plan\":\"p1\",\"body\":\"street\",\"requests\":[{\"good\":\"bread\","
            + "\"minimum\":0,\"steps\":[{\"quantity\":100000,\"valuePerUnit\":100000000}]}]}";

    private final EngineScenario s;
    private final ApiClient api;
    private final Codec codec = new Codec();
    private final Map<String, String> tokens;

    /** The federation built on {@code s}; {@code tokens} holds an API token for each of {@link #MEMBERS}. */
    PlanFederation(EngineScenario s, ApiClient api, Map<String, String> tokens) {
        this.s = s;
        this.api = api;
        this.tokens = tokens;
        s.assembly("mill", EngineScenario.quickAssembly(), "ana", "ben");
        s.assembly("bakery", EngineScenario.quickAssembly(), "cat", "dan");
        s.assembly("street", EngineScenario.quickAssembly(), "eve", "fay");
        s.council("food", "food", "mill", "bakery", "street");
        s.councilAdopts("food", "food.grant." + COMPETENCE, new Motion.GrantCompetence(COMPETENCE, "Planning production together"), null);
        PLANNER.forEach((body, planner) -> s.elect(body, body + ".planner", new Motion.ElectOffice("planner", List.of(Permission.PROPOSE_PLAN), 1),
                planner));
        s.councilElects("food", "food.facilitator", new Motion.ElectOffice("facilitator", List.of(Permission.FACILITATE_PLAN), 1), "ben",
                COMPETENCE);
    }

    /** Food opens "p1", gathering statements for {@code gather}; returns when its first rounds fall due. */
    Instant open(Duration gather) {
        Instant balanceAt = s.now().plus(gather).plus(Duration.ofDays(10));
        decideInCouncil("food.plan", new Motion.OpenPlanPeriod(PLAN, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new PlanGood("flour", "t", "Flour"), new PlanGood("bread", "t", "Bread")), 10, 2, balanceAt));
        return balanceAt;
    }

    /** Each planner states its body's part over HTTP. */
    void state() {
        accepted(PLANNER.get("mill"), MILL);
        accepted(PLANNER.get("bakery"), BAKERY);
        accepted(PLANNER.get("street"), STREET);
    }

    /** The command, sent over HTTP as JSON by {@code member}, must be accepted; returns the answer. */
    JsonNode accepted(String member, String json) {
        HttpResponse<String> r = api.post("/api/v1/commands", json, ApiClient.bearer(tokens.get(member)));
        assertThat(r.statusCode()).as(member + " " + json + " → " + r.body()).isEqualTo(200);
        return ApiClient.json(r);
    }

    JsonNode accepted(String member, Command command) {
        return accepted(member, codec.writeCommand(command));
    }

    /** The assembly decides the motion over HTTP: its first member submits and publishes, every member votes yes; the vote closes. */
    void decide(String body, String proposal, Motion motion) {
        List<String> members = s.members(body);
        ProposalId id = new ProposalId(proposal);
        accepted(members.get(0), new ProposalCommand.SubmitProposal(id, new BodyId(body), "Proposal " + proposal, "", motion, List.of(), null));
        accepted(members.get(0), new ProposalCommand.PublishProposal(id, null, null));
        for (String m : members) {
            accepted(m, new ProposalCommand.CastVote(id, EngineScenario.YES));
        }
        s.close(proposal);
    }

    /** Food decides the motion: ana submits and publishes it over HTTP relying on 'planning'; each body votes yes by its own decision. */
    void decideInCouncil(String proposal, Motion motion) {
        ProposalId id = new ProposalId(proposal);
        accepted("ana", new ProposalCommand.SubmitProposal(id, new BodyId("food"), "Proposal " + proposal, "", motion, List.of(), COMPETENCE));
        Duration voting = s.read(f -> f.body(new BodyId("food")).charter().rule(motion.kind()).voting()).plus(Duration.ofDays(6));
        accepted("ana", new ProposalCommand.PublishProposal(id, null, voting));
        for (String body : PLANNER.keySet()) {
            s.adopt(body, body + ".on." + proposal, new Motion.CastBodyVote(id, EngineScenario.YES));
        }
        s.close(proposal);
    }
}
