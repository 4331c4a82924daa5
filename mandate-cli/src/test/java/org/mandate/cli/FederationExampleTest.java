package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/examples/federation.jsonl runs as it says: two assemblies elect their delegates to a council that
 * votes by delegates, the council puts an item under a granted competence, one body mandates its delegate
 * and the other decides the item itself, a vote against the mandate is refused, and the item is adopted.
 */
class FederationExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> lines = new ArrayList<>();
    private static int exit;
    private static String err;

    static Path example() {
        Path p = Path.of("../docs/examples/federation.jsonl");
        return Files.exists(p) ? p : Path.of("docs/examples/federation.jsonl");
    }

    @BeforeAll
    static void replay() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter errors = new StringWriter();
        exit = Main.run(new PrintWriter(out), new PrintWriter(errors), "replay", example().toString());
        err = errors.toString();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
    }

    private static List<JsonNode> events(String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode line : lines) {
            if (line.get("accepted").asBoolean()) {
                line.get("events").forEach(e -> {
                    if (e.get("type").asText().equals(type)) {
                        found.add(e);
                    }
                });
            }
        }
        return found;
    }

    private static JsonNode closed(String proposal) {
        return events("proposal-closed").stream().filter(e -> e.get("proposal").asText().equals(proposal)).findFirst().orElseThrow();
    }

    @Test
    void theScriptRunsToItsEnd() throws IOException {
        assertThat(err).isEmpty();
        assertThat(exit).isZero();
        long commands = Files.readAllLines(example()).stream().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).count();
        assertThat(lines).hasSize((int) commands);
    }

    @Test
    void theOnlyRefusalIsTheVoteAgainstTheMandate() {
        List<JsonNode> refused = lines.stream().filter(l -> !l.get("accepted").asBoolean()).toList();
        assertThat(refused).hasSize(1);
        JsonNode r = refused.get(0).get("refused");
        assertThat(r.get("rule").asText()).isEqualTo("ContradictsMandate");
        assertThat(r.get("body").asText()).isEqualTo("bakery");
        assertThat(r.get("item").asText()).isEqualTo("fed-35-hours");
    }

    @Test
    void theCouncilIsFoundedVotingByDelegatesAndGrantedItsCompetenceByTheMemberBodies() {
        JsonNode founded = events("council-founded").get(0);
        assertThat(founded.get("body").asText()).isEqualTo("fed");
        assertThat(founded.at("/charter/council/voting").asText()).isEqualTo("delegates");
        assertThat(founded.at("/charter/council/seats/method").asText()).isEqualTo("one-per-body");
        assertThat(events("founder-body-joined")).hasSize(1);
        assertThat(events("body-vote-cast")).extracting(e -> e.get("body").asText()).containsExactly("bakery", "mill");
        JsonNode granted = events("competence-granted").get(0);
        assertThat(granted.get("competence").asText()).isEqualTo("hours");
    }

    @Test
    void eachAssemblyElectsItsDelegateAndAnAlternateFromTheCandidatesWhoStood() {
        assertThat(events("candidate-stood")).extracting(e -> e.get("member").asText()).containsExactly("ana", "ben", "dee", "eve");
        List<JsonNode> elected = events("delegates-elected");
        assertThat(elected).hasSize(2);
        assertThat(elected.get(0).get("body").asText()).isEqualTo("bakery");
        assertThat(elected.get(0).get("seats").asInt()).isEqualTo(1);
        assertThat(elected.get(0).get("delegates").toString()).isEqualTo("[\"ana\"]");
        assertThat(elected.get(0).get("alternates").toString()).isEqualTo("[\"ben\"]");
        assertThat(elected.get(1).get("body").asText()).isEqualTo("mill");
        assertThat(elected.get(1).get("delegates").toString()).isEqualTo("[\"dee\"]");
        assertThat(elected.get(1).get("alternates").toString()).isEqualTo("[\"eve\"]");
    }

    @Test
    void theItemIsReferredBackThenMandatedByEachBodyInItsOwnWay() {
        JsonNode referred = events("item-referred").get(0);
        assertThat(referred.get("bodies").toString()).isEqualTo("[\"bakery\",\"mill\"]");
        List<JsonNode> mandates = events("mandate-given");
        assertThat(mandates).hasSize(2);
        assertThat(mandates.get(0).get("body").asText()).isEqualTo("bakery");
        assertThat(mandates.get(0).get("decision").asText()).isEqualTo("bakery-mandate-35");
        assertThat(mandates.get(0).get("instruction").toString()).isEqualTo("{\"type\":\"fixed\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"yes\"}}");
        assertThat(mandates.get(1).get("body").asText()).isEqualTo("mill");
        assertThat(mandates.get(1).get("decision").asText()).isEqualTo("mill-on-35");
        assertThat(mandates.get(1).at("/instruction/ballot/choice").asText()).isEqualTo("yes");
        assertThat(closed("mill-on-35").at("/result/tally/no").asInt()).isEqualTo(1);
    }

    @Test
    void bothDelegatesVoteAsMandatedAndTheItemIsAdopted() {
        assertThat(events("seat-vote-cast")).extracting(e -> e.get("delegate").asText() + "@" + e.get("body").asText() + ":"
                + e.at("/ballot/choice").asText()).containsExactly("ana@bakery:yes", "dee@mill:yes");
        assertThat(events("mandate-breached")).isEmpty();
        JsonNode result = closed("fed-35-hours").get("result");
        assertThat(result.get("verdict").asText()).isEqualTo("adopted");
        assertThat(result.at("/tally/yes").asInt()).isEqualTo(2);
        assertThat(result.at("/tally/roll").asInt()).isEqualTo(2);
    }
}
