package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.core.proposal.ProposalEvent.VoteCast;
import org.mandate.core.vote.Ballot;

/**
 * The votes read on the streaming path at restart are exactly what the general reading gives: the same
 * event for every vote the record writes, and for damaged bytes the same event or the same refusal,
 * since a fast path that accepted what the checked path refuses would let a tampered log in.
 */
class VoteBytesTest {
    private final Codec codec = new Codec();

    @Test
    void every_recorded_vote_is_read_on_the_streaming_path_as_the_general_reading_reads_it() {
        long seed = System.nanoTime();
        System.out.println("every_recorded_vote_is_read_on_the_streaming_path_as_the_general_reading_reads_it seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            Event e = vote(random);
            byte[] bytes = codec.recordBytes(e);
            assertThat(VoteBytes.read(bytes)).as("seed %d: %s", seed, e).isEqualTo(e);
            assertThat(codec.readEvent(bytes)).isEqualTo(codec.readEvent(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(e);
        }
    }

    @Test
    void other_events_and_other_ballots_are_left_to_the_general_reading() {
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        for (Event e : List.<Event>of(
                new VoteCast(at, new ProposalId("p1"), new MemberId("m1"), new Ballot.Consent(true, "too soon")),
                new VoteCast(at, new ProposalId("p1"), new MemberId("m1"), new Ballot.Approval(List.of("a", "b"))),
                new org.mandate.core.member.MemberEvent.MemberRegistered(at, new MemberId("m1")))) {
            byte[] bytes = codec.recordBytes(e);
            assertThat(VoteBytes.read(bytes)).as(e.toString()).isNull();
            assertThat(codec.readEvent(bytes)).isEqualTo(e);
        }
        String offset = "{\"at\":\"2026-03-01T10:00:00+01:00\",\"proposal\":\"p1\",\"type\":\"sealed-vote-cast\",\"voter\":\"m1\"}";
        assertThat(VoteBytes.read(offset.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void damaged_votes_are_refused_or_read_alike_from_bytes_and_from_text() {
        long seed = System.nanoTime();
        System.out.println("damaged_votes_are_refused_or_read_alike_from_bytes_and_from_text seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> pieces = List.of("\"type\"", "\"vote-cast\"", "\"sealed-vote-cast\"", "\"yes-no\"", "\"ballot\":{}", "null", "7", "\"7\"",
                "true", "[]", "{}", ",", ":", "\"x\"", "\"choice\":\"maybe\"", "\"voter\":\"m2\"", "\"at\"", "\"2026-03-01T09:00:00Z\"",
                "\"sealed\":{}", "\"\"");
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = Damage.of(new String(codec.recordBytes(vote(random)), StandardCharsets.UTF_8), pieces, random);
            String expected = outcome(() -> codec.readEvent(text));
            refused += expected.startsWith("refused") ? 1 : 0;
            assertThat(outcome(() -> codec.readEvent(text.getBytes(StandardCharsets.UTF_8)))).as("seed %d: %s", seed, text).isEqualTo(expected);
        }
        assertThat(refused).as("most damaged votes are refused, so the comparison tests refusals").isGreaterThan(2_500);
    }

    private static String outcome(java.util.function.Supplier<Event> read) {
        try {
            return "read " + read.get();
        } catch (RuntimeException e) {
            return "refused " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Event vote(SplittableRandom random) {
        Instant at = Instant.ofEpochMilli(1_700_000_000_000L + random.nextLong(100_000_000_000L));
        ProposalId p = new ProposalId("p" + random.nextInt(100_000) + "-" + random.nextInt(1_000));
        MemberId m = new MemberId("m" + random.nextInt(1_000_000));
        if (random.nextInt(4) == 0) {
            return new SealedVoteCast(at, p, m, null);
        }
        return new VoteCast(at, p, m, new Ballot.YesNo(Ballot.Choice.values()[random.nextInt(3)]));
    }
}
