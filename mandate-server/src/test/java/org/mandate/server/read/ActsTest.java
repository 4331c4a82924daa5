package org.mandate.server.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mandate.codec.Codec;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.core.vote.Ballot;

/**
 * "My acts": a member's list holds the events of their own commands and nothing of anyone else's. Held
 * against what the writer knows and the record does not keep: which member sent each command.
 */
class ActsTest {
    private final Codec codec = new Codec();
    private final Federation writer = new Federation();
    private final ReadModel reads = new ReadModel();
    /** Who sent the command that made each event (null for the clock). */
    private final List<MemberId> madeBy = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    /** For each member, the event numbers of each of their accepted commands. */
    private final Map<MemberId, List<List<Long>>> commands = new HashMap<>();
    private Instant now;

    private String refusal;

    private boolean run(MemberId actor, Command command, Instant at) {
        now = at;
        Outcome o = Mandate.execute(writer, command, actor == null ? Context.system(at) : new Context(actor, at));
        if (!(o instanceof Outcome.Accepted a)) {
            refusal = ((Outcome.Refused) o).rejection().message();
            return false;
        }
        List<Long> numbers = new ArrayList<>();
        for (Event e : a.events()) {
            numbers.add((long) events.size());
            events.add(e);
            madeBy.add(actor);
        }
        if (actor != null) {
            commands.computeIfAbsent(actor, k -> new ArrayList<>()).add(numbers);
        }
        reads.publish(a.events());
        return true;
    }

    private void run(String actor, Command command) {
        assertThat(run(new MemberId(actor), command, now.plusSeconds(60))).as(() -> actor + " " + command + ": " + refusal).isTrue();
    }

    /** docs/examples/federation.jsonl, then deliberation, a withdrawal, a petition and a member leaving in the bakery. */
    private void federation() throws Exception {
        Path p = Path.of("../docs/examples/federation.jsonl");
        for (String line : Files.readAllLines(Files.exists(p) ? p : Path.of("docs/examples/federation.jsonl"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            JsonNode node = codec.mapper().readTree(line);
            run(node.hasNonNull("by") ? new MemberId(node.get("by").asText()) : null, codec.readCommand(node.get("command")),
                    Instant.parse(node.get("at").asText()));
        }
        BodyId bakery = new BodyId("bakery");
        ProposalId oven = new ProposalId("bakery.oven");
        ProposalId van = new ProposalId("bakery.van");
        run("ana", new ProposalCommand.SubmitProposal(oven, bakery, "Buy a second oven", "From the reserve.", new Motion.Resolution(), List.of(), null));
        run("ana", new ProposalCommand.PublishProposal(oven, Duration.ofDays(2), null));
        run("ben", new ProposalCommand.PostComment(oven, "c1", "Which reserve?", null));
        run("chi", new ProposalCommand.ProposeAmendment(oven, "a1", "Buy a second oven from the equipment reserve."));
        run("ana", new ProposalCommand.AcceptAmendment(oven, "a1"));
        run("chi", new ProposalCommand.ProposeAmendment(oven, "a2", "Buy a second oven, second-hand."));
        run("ben", new ProposalCommand.SupportAmendment(oven, "a2", true));
        run("ben", new ProposalCommand.SubmitProposal(van, bakery, "Sell the van", "", new Motion.Resolution(), List.of(), null));
        run("ben", new ProposalCommand.WithdrawProposal(van));
        // both petitions reach their threshold with the opener's own signature: the recall votes open in the openers' names
        run("chi", new PetitionCommand.OpenPetition("recall-ana", PetitionKind.RECALL, bakery, "Recall ana", "She missed the session.",
                new MemberId("ana"), new BodyId("fed"), null));
        run("eve", new PetitionCommand.OpenPetition("recall-dee", PetitionKind.RECALL, new BodyId("mill"), "Recall dee", "",
                new MemberId("dee"), new BodyId("fed"), null));
        run("gus", new BodyCommand.LeaveBody(new BodyId("mill")));
        assertThat(run(new MemberId("dee"), new ProposalCommand.CastVote(oven, new Ballot.YesNo(Ballot.Choice.YES)), now.plusSeconds(60)))
                .as("dee is not in the bakery: refused, and nothing listed for her").isFalse();
        assertThat(reads.await(writer.eventCount(), Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void a_members_acts_are_the_events_of_their_own_commands_and_of_nobody_elses() throws Exception {
        federation();
        try (reads) {
            reads.read((state, indexes) -> {
                for (MemberId m : new LinkedHashSet<>(madeBy.stream().filter(x -> x != null).toList())) {
                    long[] listed = indexes.acts(m, -1, Integer.MAX_VALUE);
                    assertThat(listed.length).as(m.value()).isEqualTo(indexes.actCount(m));
                    Set<Long> own = new LinkedHashSet<>();
                    for (long n : listed) {
                        own.add(n);
                        Event e = events.get((int) n);
                        boolean openedInTheirName = madeBy.get((int) n) == null
                                && (e instanceof ProposalEvent.ProposalSubmitted || e instanceof ProposalEvent.ProposalPublished)
                                && m.equals(state.proposal(((ProposalEvent) e).proposal()).proposer());
                        assertThat(m.equals(madeBy.get((int) n)) || openedInTheirName)
                                .as("event %d (%s) listed for %s was made by %s", n, e.getClass().getSimpleName(), m, madeBy.get((int) n)).isTrue();
                    }
                    for (List<Long> command : commands.getOrDefault(m, List.of())) {
                        assertThat(command).as("every command %s sent shows in their acts", m).containsAnyElementsOf(own);
                    }
                }
                return null;
            });
        }
    }

    @Test
    void acts_are_listed_newest_first_and_page_through_each_one_once() throws Exception {
        federation();
        try (reads) {
            reads.read((state, indexes) -> {
                MemberId ben = new MemberId("ben");
                long[] all = indexes.acts(ben, -1, Integer.MAX_VALUE);
                for (int i = 1; i < all.length; i++) {
                    assertThat(all[i]).isLessThan(all[i - 1]);
                }
                assertThat(all).hasSizeGreaterThan(7);
                assertThat(List.of(events.get((int) all[0]), events.get((int) all[1]), events.get((int) all[2]), events.get((int) all[3])))
                        .extracting(e -> e.getClass().getSimpleName())
                        .containsExactly("ProposalWithdrawn", "ProposalSubmitted", "AmendmentSupported", "CommentPosted");
                List<Long> walked = new ArrayList<>();
                long before = -1;
                long[] page;
                do {
                    page = indexes.acts(ben, before, 3);
                    for (long n : page) {
                        walked.add(n);
                    }
                    before = page.length == 0 ? before : page[page.length - 1];
                } while (page.length == 3);
                assertThat(walked).containsExactly(java.util.Arrays.stream(all).boxed().toArray(Long[]::new));
                assertThat(indexes.acts(ben, all[all.length - 1], 3)).isEmpty();
                assertThat(indexes.acts(new MemberId("nobody"), -1, 10)).isEmpty();
                return null;
            });
        }
    }
}
