package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.PlanFederation.PLAN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.CallHumanRound;
import org.mandate.core.plan.PlanEvent;
import org.mandate.core.plan.PlanTerms.Activity;
import org.mandate.core.plan.PlanTerms.Amount;
import org.mandate.core.plan.PlanTerms.Ending;
import org.mandate.core.plan.PlanTerms.Quantities;
import org.mandate.core.plan.PlanTerms.RoundFigures;
import org.mandate.core.proposal.Motion;

/**
 * A plan period over real HTTP, from the statements to the council's adoption: the server records the
 * rounds on the tick after gathering ends, the facilitator calls a human round, the street decides its
 * own proposal, the next stretch takes it at its word in that round, each body ratifies and food adopts. The queries
 * say what the record says.
 */
class PlanOverHttpTest extends ServerFixture {

    private final Map<String, String> tokens = new LinkedHashMap<>();

    private PlanFederation federation() {
        PlanFederation.MEMBERS.forEach(m -> tokens.put(m, account(m)));
        return new PlanFederation(scenario, api, tokens);
    }

    private JsonNode get(String path) {
        var r = api.get(path + "?atLeast=" + engine.size(), ApiClient.bearer(tokens.get("fay")));
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return ApiClient.json(r);
    }

    private Plan plan() {
        return scenario.read(f -> f.plans().of(PLAN));
    }

    @Test
    void a_period_goes_from_statements_through_the_servers_rounds_and_a_human_round_to_adoption() {
        PlanFederation fed = federation();
        Instant balanceAt = fed.open(Duration.ofDays(30));
        fed.state();
        assertThat(scenario.tick()).as("not due before its time").noneMatch(e -> e instanceof PlanEvent);

        scenario.at(balanceAt);
        List<Event> first = scenario.tick();

        List<RoundFigures> rounds = rounds(first);
        assertThat(rounds).isNotEmpty();
        assertThat(rounds.get(0).number()).isEqualTo(1);
        assertThat(rounds.get(rounds.size() - 1).number()).isEqualTo(rounds.size());
        assertThat(ended(first).ending()).isEqualTo(Ending.BALANCED);
        RoundFigures last = rounds.get(rounds.size() - 1);
        assertThat(last.imbalances()).allMatch(i -> Math.abs(i) <= 10_000, "within the 1% tolerance");
        Map<BodyId, Quantities> proposals = proposals(first);
        assertThat(proposals).containsOnlyKeys(new BodyId("mill"), new BodyId("bakery"), new BodyId("street"));
        assertThat(level(proposals, "mill")).isBetween(0L, 200_000L);
        assertThat(level(proposals, "bakery")).isBetween(0L, 150_000L);
        assertThat(bread(proposals)).isBetween(0L, 100_000L);
        assertThat(scenario.tick()).as("recorded once").noneMatch(e -> e instanceof PlanEvent);

        JsonNode plan = get("/api/v1/plans/" + PLAN);
        assertThat(plan.get("phase").asText()).isEqualTo("balanced");
        assertThat(plan.get("ending").asText()).isEqualTo("balanced");
        // a tonne of flour takes the mill 10 hours; a tonne of bread 20 hours and half a tonne of flour
        assertThat(plan.get("goods").get(0).get("labourHours").decimalValue()).isEqualByComparingTo("10");
        assertThat(plan.get("goods").get(1).get("labourHours").decimalValue()).isEqualByComparingTo("25");
        assertThat(plan.get("rounds")).hasSize(rounds.size());
        assertThat(plan.get("rounds").get(rounds.size() - 1).get("largestImbalance").asLong()).isEqualTo(last.largestImbalance());
        assertThat(plan.get("rounds").get(rounds.size() - 1).get("worstGood").asText()).isEqualTo(last.worstGood());
        assertThat(plan.get("statements")).hasSize(3);
        assertThat(plan.get("proposals").get("round").asInt()).isEqualTo(rounds.size());
        assertThat(plan.get("proposals").get("items")).allMatch(i -> !i.get("ratified").asBoolean());
        assertThat(plan.get("humanRounds").get("allowed").asInt()).isEqualTo(2);
        JsonNode list = get("/api/v1/bodies/food/plans");
        assertThat(list.get("plans")).hasSize(1);
        assertThat(list.get("plans").get(0).get("id").asText()).isEqualTo(PLAN);
        JsonNode round = get("/api/v1/plans/" + PLAN + "/rounds/" + rounds.size());
        JsonNode bread = round.get("goods").get(1);
        assertThat(bread.get("good").asText()).isEqualTo("bread");
        assertThat(bread.get("price").asLong()).isEqualTo(last.prices().get(1));
        assertThat(bread.get("priceHours").decimalValue()).isEqualByComparingTo(java.math.BigDecimal.valueOf(last.prices().get(1), 6));
        assertThat(bread.get("imbalance").asLong()).isEqualTo(last.imbalances().get(1));
        JsonNode street = get("/api/v1/plans/" + PLAN + "/bodies/street");
        assertThat(street.get("kind").asText()).isEqualTo("consumers");
        assertThat(street.get("statement").get("requests").get(0).get("good").asText()).isEqualTo("bread");
        assertThat(street.get("proposal").get("quantities").get(0).get("thousandths").asLong()).isEqualTo(bread(proposals));

        // a human round: the street decides for itself to take 90 t
        Instant until = scenario.now().plus(Duration.ofDays(7));
        fed.accepted("ben", new CallHumanRound(PLAN, until));
        int human = rounds.size() + 1;
        fed.decide("street", "street.own", new Motion.ProposePlanQuantities(PLAN, List.of(), List.of(new Amount("bread", 90_000))));
        assertThat(plan().ownProposals()).containsKey(human);
        assertThat(get("/api/v1/plans/" + PLAN).get("phase").asText()).isEqualTo("human-round");

        scenario.at(until);
        List<Event> second = scenario.tick();

        List<RoundFigures> next = rounds(second);
        assertThat(next).isNotEmpty();
        assertThat(next.get(0).number()).as("the stretch goes on from the human round").isEqualTo(human);
        assertThat(next.get(0).own()).containsExactly(new BodyId("street"));
        assertThat(ended(second).ending()).isEqualTo(Ending.BALANCED);
        assertThat(bread(proposals(second))).as("within its statement").isBetween(0L, 100_000L);
        JsonNode ownWord = get("/api/v1/plans/" + PLAN + "/bodies/street").get("ownProposals").get(0);
        assertThat(ownWord.get("round").asInt()).isEqualTo(human);
        assertThat(ownWord.get("quantities").get(0).get("thousandths").asLong()).as("the street's own word").isEqualTo(90_000);
        int finalRound = next.get(next.size() - 1).number();
        JsonNode own = get("/api/v1/plans/" + PLAN + "/rounds/" + human).get("own");
        assertThat(own.get(0).asText()).isEqualTo("street");

        for (String body : PlanFederation.PLANNER.keySet()) {
            fed.decide(body, body + ".ratify", new Motion.RatifyPlanProposal(PLAN, finalRound));
        }
        fed.decideInCouncil("food.adopt", new Motion.AdoptPlan(PLAN));

        JsonNode adopted = get("/api/v1/plans/" + PLAN);
        assertThat(adopted.get("phase").asText()).isEqualTo("adopted");
        assertThat(adopted.get("adoption").get("round").asInt()).isEqualTo(finalRound);
        assertThat(adopted.get("adoption").get("decision").asText()).isEqualTo("food.adopt");
        assertThat(adopted.get("proposals").get("items")).hasSize(3).allMatch(i -> i.get("ratified").asBoolean());
        assertThat(adopted.get("rounds")).hasSize(finalRound);
        assertThat(adopted.get("rounds").get(human - 1).get("human").asBoolean()).isTrue();
        assertThat(get("/api/v1/plans/" + PLAN + "/bodies/mill").get("ratifiedRound").asInt()).isEqualTo(finalRound);
    }

    @Test
    void bread_nobody_bakes_blocks_the_plan_naming_the_good_and_the_server_records_it_once() {
        PlanFederation fed = federation();
        Instant balanceAt = fed.open(Duration.ofDays(30));
        fed.accepted("ana", PlanFederation.MILL);
        fed.accepted("eve", PlanFederation.STREET);

        scenario.at(balanceAt);
        List<Event> events = scenario.tick();

        PlanEvent.PlanStretchEnded ended = ended(events);
        assertThat(ended.ending()).isEqualTo(Ending.BLOCKED);
        assertThat(ended.blocking()).containsExactly("bread");
        assertThat(scenario.tick()).as("not tried again").noneMatch(e -> e instanceof PlanEvent);
        JsonNode plan = get("/api/v1/plans/" + PLAN);
        assertThat(plan.get("phase").asText()).isEqualTo("blocked");
        assertThat(plan.get("blocking").get(0).asText()).isEqualTo("bread");
        assertThat(plan.get("why").asText()).contains("bread");
        assertThat(plan.has("dueAt")).isFalse();
    }

    static List<RoundFigures> rounds(List<Event> events) {
        List<RoundFigures> out = new ArrayList<>();
        events.stream().filter(e -> e instanceof PlanEvent.PlanRoundPublished).forEach(e -> out.add(((PlanEvent.PlanRoundPublished) e).round()));
        return out;
    }

    static PlanEvent.PlanStretchEnded ended(List<Event> events) {
        return events.stream().filter(e -> e instanceof PlanEvent.PlanStretchEnded).map(e -> (PlanEvent.PlanStretchEnded) e).findFirst()
                .orElseThrow(() -> new AssertionError("no stretch ended in " + events));
    }

    static Map<BodyId, Quantities> proposals(List<Event> events) {
        Map<BodyId, Quantities> out = new LinkedHashMap<>();
        events.stream().filter(e -> e instanceof PlanEvent.PlanProposalComputed).map(e -> ((PlanEvent.PlanProposalComputed) e).proposal())
                .forEach(q -> out.put(q.body(), q));
        return out;
    }

    private static long level(Map<BodyId, Quantities> proposals, String body) {
        return proposals.get(new BodyId(body)).activities().stream().mapToLong(Activity::level).sum();
    }

    private static long bread(Map<BodyId, Quantities> proposals) {
        return proposals.get(new BodyId("street")).quantities().stream().filter(a -> a.good().equals("bread")).mapToLong(Amount::thousandths).sum();
    }
}
