package org.mandate.server.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mandate.codec.Codec;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.proposal.Proposal;

/** The read side's indexes agree with the state they are folded beside, and their pages go through each item once. */
class IndexesTest {
    private final Codec codec = new Codec();

    /** Folds docs/examples/federation.jsonl, then a member leaving, into a read model, as the writer hands events over. */
    private ReadModel federation() throws Exception {
        ReadModel reads = new ReadModel();
        Federation writer = new Federation();
        Path p = Path.of("../docs/examples/federation.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(Files.exists(p) ? p : Path.of("docs/examples/federation.jsonl")));
        lines.add("{\"at\":\"2026-03-02T09:00:00Z\",\"by\":\"fay\",\"command\":{\"type\":\"leave-body\",\"body\":\"mill\"}}");
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            JsonNode node = codec.mapper().readTree(line);
            Instant at = Instant.parse(node.get("at").asText());
            Context ctx = node.hasNonNull("by") ? new Context(new MemberId(node.get("by").asText()), at) : Context.system(at);
            Outcome o = Mandate.execute(writer, codec.readCommand(node.get("command")), ctx);
            if (o instanceof Outcome.Accepted a) {
                reads.publish(a.events());
            }
        }
        assertThat(writer.body(new org.mandate.core.BodyId("mill")).hasMember(new MemberId("fay"))).as("fay left").isFalse();
        assertThat(reads.await(writer.eventCount(), Duration.ofSeconds(10))).isTrue();
        return reads;
    }

    @Test
    void every_index_agrees_with_the_state_it_was_folded_beside() throws Exception {
        try (ReadModel reads = federation()) {
            reads.read((state, indexes) -> {
                assertThat(indexes.bodies().keySet()).containsExactlyElementsOf(
                        new TreeSet<>(state.bodies().stream().map(b -> b.id().value()).toList()));
                for (Body b : state.bodies()) {
                    TreeSet<String> members = new TreeSet<>();
                    (b.isAssembly() ? b.members().keySet().stream().map(MemberId::value) : b.memberBodies().keySet().stream().map(x -> x.value()))
                            .forEach(members::add);
                    assertThat(indexes.members(b.id())).as(b.id().value()).containsExactlyElementsOf(members);
                    List<ProposalId> own = state.proposals().stream().filter(p -> p.body().equals(b.id())).map(Proposal::id).toList();
                    assertThat(indexes.proposals(b.id())).as(b.id().value()).containsExactlyElementsOf(own);
                }
                for (Proposal p : state.proposals()) {
                    Voters v = indexes.voters(p.id());
                    List<String> listed = v == null ? List.of() : v.after(null, Integer.MAX_VALUE);
                    assertThat(listed).as(p.id().value()).containsExactlyElementsOf(new TreeSet<>(p.participants()));
                }
                return null;
            });
        }
    }

    @Test
    void voters_page_through_each_name_once_while_open_and_once_frozen() {
        Voters v = new Voters();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 103; i++) {
            names.add(String.format("v%03d", (i * 37) % 103));
        }
        names.forEach(v::add);
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        assertThat(walk(v, 10)).isEqualTo(sorted);
        v.removeAll(List.of("v000", "v050"));
        sorted.removeAll(List.of("v000", "v050"));
        assertThat(walk(v, 7)).isEqualTo(sorted);
        v.freeze();
        assertThat(walk(v, 7)).isEqualTo(sorted);
        assertThat(v.after("v049", 2)).containsExactly("v051", "v052");
        assertThat(v.after("v102", 5)).isEmpty();
        v.add("late");
        assertThat(v.size()).as("a closed vote takes no more names").isEqualTo(101);
    }

    private static List<String> walk(Voters v, int limit) {
        List<String> out = new ArrayList<>();
        String after = null;
        List<String> page;
        do {
            page = v.after(after, limit);
            out.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (page.size() == limit);
        return out;
    }
}
