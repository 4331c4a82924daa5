package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Event;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.core.vote.Ballot;

class RecordBytesTest {
    private final Codec codec = new Codec();

    @Test
    void recordBytesAreCanonicalKeysSortedAndNoWhiteSpace() {
        Event e = new MemberEvent.MemberRegistered(Samples.AT, Samples.ANA);
        assertThat(new String(codec.recordBytes(e), StandardCharsets.UTF_8))
                .isEqualTo("{\"at\":\"2026-03-01T09:00:00Z\",\"member\":\"ana\",\"type\":\"member-registered\"}");
    }

    @Test
    void nestedObjectsAreSortedTooAndEveryEventIsCanonical() throws Exception {
        for (Event e : Samples.events()) {
            byte[] bytes = codec.recordBytes(e);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(Jcs.canonical(codec.mapper().readTree(text))).as(text).isEqualTo(bytes);
            assertThat(text).doesNotContain("\n").doesNotContain(": ").doesNotContain(", ");
        }
        var vote = new ProposalEvent.VoteCast(Samples.AT, Samples.NIGHT, Samples.ANA, new Ballot.YesNo(Ballot.Choice.NO));
        assertThat(new String(codec.recordBytes(vote), StandardCharsets.UTF_8)).isEqualTo(
                "{\"at\":\"2026-03-01T09:00:00Z\",\"ballot\":{\"choice\":\"no\",\"type\":\"yes-no\"},"
                        + "\"proposal\":\"night-shift\",\"type\":\"vote-cast\",\"voter\":\"ana\"}");
    }

    @Test
    void theSealedBallotIsLeftOutOfTheRecordButKeptInTheFullForm() {
        var sealed = new ProposalEvent.SealedVoteCast(Samples.AT, Samples.NIGHT, Samples.ANA,
                new ProposalEvent.Sealed(new Ballot.Ranking(List.of(List.of("ben"), List.of("ana")))));
        String record = new String(codec.recordBytes(sealed), StandardCharsets.UTF_8);
        assertThat(record).isEqualTo(
                "{\"at\":\"2026-03-01T09:00:00Z\",\"proposal\":\"night-shift\",\"type\":\"sealed-vote-cast\",\"voter\":\"ana\"}");
        assertThat(record).doesNotContain("sealed\":").doesNotContain("ranking").doesNotContain("ben");

        String full = codec.writeEvent(sealed);
        assertThat(full).contains("\"sealed\":{\"ballot\":{\"type\":\"ranking\",\"ranks\":[[\"ben\"],[\"ana\"]]}}");
        assertThat(codec.readEvent(full)).isEqualTo(sealed);
    }

    @Test
    void theRecordBytesAreTheCanonicalFormOfTheFullTextLessTheSealedBallot() throws Exception {
        // The record bytes are built from the event without printing it; they must be what canonicalising
        // its printed full form gives, for every kind of event.
        for (Event e : Samples.events()) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) codec.mapper().readTree(codec.writeEvent(e));
            node.remove("sealed");
            assertThat(codec.recordBytes(e)).as(codec.writeEvent(e)).isEqualTo(Jcs.canonical(node));
            assertThat(codec.eventNode(e).toString()).isEqualTo(codec.writeEvent(e));
        }
    }

    @Test
    void theRecordBytesOfTheSameEventAreAlwaysTheSame() {
        for (Event e : Samples.events()) {
            assertThat(new Codec().recordBytes(e)).isEqualTo(codec.recordBytes(e));
        }
    }
}
