package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mandate.core.Command;
import org.mandate.core.Event;
import org.mandate.core.count.Verdict;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;

class CodecRoundTripTest {
    private final Codec codec = new Codec();

    @Test
    void everyCommandTypeIsCoveredByASample() {
        Set<Class<?>> covered = new HashSet<>();
        Samples.commands().forEach(c -> covered.add(c.getClass()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Vocabulary.COMMANDS.values());
    }

    @Test
    void everyEventTypeIsCoveredByASample() {
        Set<Class<?>> covered = new HashSet<>();
        Samples.events().forEach(e -> covered.add(e.getClass()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Vocabulary.EVENTS.values());
    }

    @Test
    void everyMotionAndBallotIsCoveredByASample() {
        assertThat(Samples.motions().stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(Vocabulary.MOTIONS.values());
        assertThat(Samples.ballots().stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(Vocabulary.BALLOTS.values());
        assertThat(Samples.tallies().stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(List.of(Tally.class.getPermittedSubclasses()));
    }

    @Test
    void everyInstructionIsCoveredByASample() {
        assertThat(Samples.instructions().stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(Vocabulary.INSTRUCTIONS.values());
    }

    @Test
    void everyCommandSurvivesARoundTrip() {
        for (Command command : Samples.commands()) {
            String json = codec.writeCommand(command);
            assertThat(json).as("type name of %s", command).contains("\"type\":\"" + Vocabulary.nameOf(command.getClass()) + "\"");
            assertThat(codec.readCommand(json)).as(json).isEqualTo(command);
        }
    }

    @Test
    void everyEventSurvivesARoundTripInItsFullForm() {
        for (Event event : Samples.events()) {
            String json = codec.writeEvent(event);
            assertThat(json).as("type name of %s", event).contains("\"type\":\"" + Vocabulary.nameOf(event.getClass()) + "\"");
            assertThat(codec.readEvent(json)).as(json).isEqualTo(event);
        }
    }

    @Test
    void everyEventOtherThanASealedVoteReadsBackFromItsRecordBytes() {
        for (Event event : Samples.events()) {
            if (event instanceof ProposalEvent.SealedVoteCast) {
                continue;
            }
            assertThat(codec.readEvent(codec.recordBytes(event))).as("%s", event).isEqualTo(event);
        }
    }

    @Test
    void everyMotionSurvivesARoundTripInsideASubmission() {
        for (Motion motion : Samples.motions()) {
            var submit = new ProposalCommand.SubmitProposal(Samples.NIGHT, Samples.BAKERY, "Title", null, motion, List.of("a", "b"), "wages");
            String json = codec.writeCommand(submit);
            assertThat(json).contains("\"motion\":{\"type\":\"" + Vocabulary.nameOf(motion.getClass()) + "\"");
            assertThat(codec.readCommand(json)).as(json).isEqualTo(submit);
        }
    }

    @Test
    void everyBallotSurvivesARoundTripInsideAVote() {
        for (Ballot ballot : Samples.ballots()) {
            var vote = new ProposalCommand.CastVote(Samples.NIGHT, ballot);
            String json = codec.writeCommand(vote);
            assertThat(json).contains("\"ballot\":{\"type\":\"" + Vocabulary.nameOf(ballot.getClass()) + "\"");
            assertThat(codec.readCommand(json)).as(json).isEqualTo(vote);
        }
    }

    @Test
    void everyTallySurvivesARoundTripInsideAClose() {
        for (Tally tally : Samples.tallies()) {
            Event closed = new ProposalEvent.ProposalClosed(Samples.AT, Samples.NIGHT,
                    new Result(Verdict.QUORUM_NOT_MET, List.of("rye"), tally));
            assertThat(codec.readEvent(codec.writeEvent(closed))).isEqualTo(closed);
        }
    }

    @Test
    void enumsAndDurationsAreWrittenAsDocumented() {
        String consensus = codec.writeCommand(new ProposalCommand.CastVote(Samples.NIGHT,
                new Ballot.Consensus(Ballot.Stance.STAND_ASIDE, "busy")));
        assertThat(consensus).contains("\"stance\":\"stand-aside\"");
        String publish = codec.writeCommand(new ProposalCommand.PublishProposal(Samples.NIGHT, java.time.Duration.ofDays(5), null));
        assertThat(publish).isEqualTo("{\"type\":\"publish-proposal\",\"proposal\":\"night-shift\",\"deliberation\":\"PT120H\"}");
        assertThat(codec.readCommand("{\"type\":\"publish-proposal\",\"proposal\":\"night-shift\",\"deliberation\":\"P5D\"}"))
                .isEqualTo(new ProposalCommand.PublishProposal(Samples.NIGHT, java.time.Duration.ofDays(5), null));
    }
}
