package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.council.CouncilCommand;
import org.mandate.core.council.Instruction;
import org.mandate.core.count.Apportionment;
import org.mandate.core.office.Permission;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;

/** The Governance core II vocabulary on the wire: instructions, the new charter parts, optional fields and enums. */
class GovernanceCodecTest {
    private final Codec codec = new Codec();
    private final ObjectMapper mapper = codec.mapper();

    private static ProposalCommand.SubmitProposal submit(Motion motion) {
        return new ProposalCommand.SubmitProposal(Samples.ON_WAGES, Samples.BAKERY, "How we vote on the wage deal", null, motion, List.of(), null);
    }

    @Test
    void everyInstructionSurvivesARoundTripInsideAMandate() {
        for (Instruction instruction : Samples.instructions()) {
            var submit = submit(new Motion.GiveMandate(Samples.FOOD, Samples.WAGES, instruction, false));
            String json = codec.writeCommand(submit);
            assertThat(json).contains("\"instruction\":{\"type\":\"" + Vocabulary.nameOf(instruction.getClass()) + "\"");
            assertThat(codec.readCommand(json)).as(json).isEqualTo(submit);
        }
    }

    @Test
    void instructionsAreNamedByTheirType() {
        assertThat(Vocabulary.INSTRUCTIONS.keySet()).containsExactlyInAnyOrder("fixed", "split", "free-hand");
        String fixed = "{\"type\":\"give-mandate\",\"council\":\"food-federation\",\"item\":\"food-wage-deal\","
                + "\"instruction\":{\"type\":\"fixed\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"no\"}},\"survivesAmendment\":true}";
        assertThat(read(fixed, Motion.class)).isEqualTo(new Motion.GiveMandate(Samples.FOOD, Samples.WAGES,
                new Instruction.Fixed(new org.mandate.core.vote.Ballot.YesNo(org.mandate.core.vote.Ballot.Choice.NO)), true));
        assertThatThrownBy(() -> read("{\"type\":\"give-mandate\",\"council\":\"food-federation\",\"item\":\"food-wage-deal\","
                + "\"instruction\":{\"ballot\":{\"type\":\"yes-no\",\"choice\":\"no\"}},\"survivesAmendment\":true}", Motion.class))
                .hasMessageContaining("type");
    }

    @Test
    void aMandateWithoutAnItemIsAStandingFreeHand() {
        String json = "{\"type\":\"give-mandate\",\"council\":\"food-federation\","
                + "\"instruction\":{\"type\":\"free-hand\",\"competences\":[\"wages\"]},\"survivesAmendment\":false}";
        Motion read = read(json, Motion.class);
        assertThat(read).isEqualTo(new Motion.GiveMandate(Samples.FOOD, null, new Instruction.FreeHand(List.of(), List.of("wages")), false));
        assertThat(mapper.valueToTree(read).has("item")).isFalse();
        assertThat(read(write(read), Motion.class)).isEqualTo(read);
    }

    @Test
    void aMandateNeedsItsCouncilInstructionAndWhetherItSurvivesAmendment() {
        for (String missing : List.of("council", "instruction", "survivesAmendment")) {
            var node = mapper.createObjectNode().put("type", "give-mandate").put("council", "food-federation").put("item", "food-wage-deal")
                    .put("survivesAmendment", false);
            node.set("instruction", mapper.valueToTree(new Instruction.Split(Samples.ON_WAGES)));
            node.remove(missing);
            assertThatThrownBy(() -> read(node.toString(), Motion.class)).as(missing).hasMessageContaining("'" + missing + "'");
        }
        assertThatThrownBy(() -> read("{\"type\":\"split\"}", Instruction.class)).hasMessageContaining("'decision'");
        assertThatThrownBy(() -> read("{\"type\":\"fixed\"}", Instruction.class)).hasMessageContaining("'ballot'");
        assertThat(read("{\"type\":\"free-hand\",\"items\":[\"food-wage-deal\"]}", Instruction.class))
                .isEqualTo(new Instruction.FreeHand(List.of(Samples.WAGES), List.of()));
    }

    @Test
    void aSeatVoteWithoutABallotCastsTheSplit() {
        var split = codec.readCommand("{\"type\":\"cast-seat-vote\",\"item\":\"food-wage-deal\",\"body\":\"bakery\"}");
        assertThat(split).isEqualTo(new CouncilCommand.CastSeatVote(Samples.WAGES, Samples.BAKERY, null));
        assertThat(codec.writeCommand(split)).isEqualTo("{\"type\":\"cast-seat-vote\",\"item\":\"food-wage-deal\",\"body\":\"bakery\"}");
        assertThatThrownBy(() -> codec.readCommand("{\"type\":\"cast-seat-vote\",\"item\":\"food-wage-deal\"}"))
                .hasMessageContaining("'body'");
        assertThatThrownBy(() -> codec.readCommand("{\"type\":\"cast-seat-vote\",\"body\":\"bakery\"}"))
                .hasMessageContaining("'item'");
    }

    @Test
    void aRecallPetitionNamesItsTargetAndAReferendumItsQuestion() {
        var recall = codec.readCommand("{\"type\":\"open-petition\",\"petition\":\"recall-ana\",\"kind\":\"recall\",\"body\":\"bakery\","
                + "\"target\":\"ana\",\"council\":\"food-federation\"}");
        assertThat(recall).isEqualTo(new PetitionCommand.OpenPetition("recall-ana", PetitionKind.RECALL, Samples.BAKERY, null, null,
                Samples.ANA, Samples.FOOD, null));
        var office = codec.readCommand("{\"type\":\"open-petition\",\"petition\":\"recall-sec\",\"kind\":\"recall\",\"body\":\"bakery\","
                + "\"target\":\"ana\",\"office\":\"secretary\"}");
        assertThat(office).isEqualTo(new PetitionCommand.OpenPetition("recall-sec", PetitionKind.RECALL, Samples.BAKERY, null, null,
                Samples.ANA, null, "secretary"));
        var referendum = codec.readCommand("{\"type\":\"open-petition\",\"petition\":\"hours\",\"kind\":\"referendum\","
                + "\"body\":\"food-federation\",\"title\":\"A 32-hour week?\",\"text\":\"Across the trade.\"}");
        assertThat(referendum).isEqualTo(new PetitionCommand.OpenPetition("hours", PetitionKind.REFERENDUM, Samples.FOOD,
                "A 32-hour week?", "Across the trade.", null, null, null));
        var congress = codec.readCommand("{\"type\":\"open-petition\",\"petition\":\"congress\",\"kind\":\"congress\",\"body\":\"food-federation\"}");
        assertThat(congress).isEqualTo(new PetitionCommand.OpenPetition("congress", PetitionKind.CONGRESS, Samples.FOOD, null, null, null, null, null));
        for (var command : List.of(recall, office, referendum, congress)) {
            assertThat(codec.readCommand(codec.writeCommand(command))).isEqualTo(command);
        }
        for (String missing : List.of("petition", "kind", "body")) {
            var node = mapper.createObjectNode().put("type", "open-petition").put("petition", "p").put("kind", "congress").put("body", "food-federation");
            node.remove(missing);
            assertThatThrownBy(() -> codec.readCommand(node.toString())).as(missing).hasMessageContaining("'" + missing + "'");
        }
    }

    @Test
    void optionalFieldsOfTheNewCommandsAndMotionsMayBeLeftOut() {
        assertThat(codec.readCommand("{\"type\":\"schedule-meeting\",\"body\":\"bakery\",\"meeting\":\"m1\",\"when\":\"2026-03-04T18:00:00Z\"}"))
                .isEqualTo(new org.mandate.core.office.OfficeCommand.ScheduleMeeting(Samples.BAKERY, "m1",
                        java.time.Instant.parse("2026-03-04T18:00:00Z"), null, null));
        assertThatThrownBy(() -> codec.readCommand("{\"type\":\"publish-announcement\",\"body\":\"bakery\",\"announcement\":\"a1\"}"))
                .hasMessageContaining("'text'");
        assertThat(read("{\"type\":\"recall\",\"member\":\"ana\",\"office\":\"secretary\"}", Motion.class))
                .isEqualTo(new Motion.Recall(Samples.ANA, null, "secretary"));
        assertThat(read("{\"type\":\"call-referendum\",\"referendum\":\"hours\",\"question\":\"A 32-hour week?\"}", Motion.class))
                .isEqualTo(new Motion.CallReferendum(new ProposalId("hours"), "A 32-hour week?", null));
        assertThatThrownBy(() -> read("{\"type\":\"call-referendum\",\"referendum\":\"hours\"}", Motion.class)).hasMessageContaining("'question'");
        assertThatThrownBy(() -> read("{\"type\":\"elect-delegates\",\"council\":\"food-federation\"}", Motion.class))
                .hasMessageContaining("'alternates'");
        assertThatThrownBy(() -> read("{\"type\":\"decide-item\",\"item\":\"food-wage-deal\"}", Motion.class)).hasMessageContaining("'split'");
        assertThatThrownBy(() -> read("{\"type\":\"elect-office\",\"office\":\"secretary\",\"seats\":1}", Motion.class))
                .hasMessageContaining("'permissions'");
        assertThat(codec.readCommand("{\"type\":\"stand-for-election\",\"proposal\":\"bakery-elect-delegates\"}"))
                .isEqualTo(new ProposalCommand.StandForElection(new ProposalId("bakery-elect-delegates")));
    }

    @Test
    void aCharterWithDelegationAndCouncilRulesSurvivesARoundTrip() {
        Charter charter = Samples.federalCharter();
        String json = write(charter);
        assertThat(json).contains("\"onBreach\":\"record-and-flag\"", "\"voting\":\"delegates\"", "\"method\":\"sainte-lague\"",
                "\"unansweredReferral\":\"absent\"", "\"referendumWeighting\":\"one-assembly-one-vote\"", "\"recall\":{", "\"referendum\":{");
        assertThat(read(json, Charter.class)).isEqualTo(charter);
        var submit = submit(new Motion.AmendCharter(charter));
        assertThat(codec.readCommand(codec.writeCommand(submit))).isEqualTo(submit);
    }

    @Test
    void aCharterWithoutDelegationOrCouncilRulesTakesTheDefaults() {
        var node = mapper.valueToTree(Charter.defaultAssembly());
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove(List.of("delegation", "council"));
        assertThat(read(node.toString(), Charter.class)).isEqualTo(Charter.defaultAssembly());
        assertThat(Charter.defaultAssembly().delegation()).isEqualTo(DelegationRules.defaults());
        assertThat(Charter.defaultAssembly().council()).isEqualTo(CouncilRules.defaults());
    }

    @Test
    void everyFieldOfTheNewCharterPartsIsRequired() {
        var full = mapper.valueToTree(Samples.federalCharter());
        for (String part : List.of("delegation", "council")) {
            var fields = new java.util.ArrayList<String>();
            full.get(part).fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                var copy = full.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get(part)).remove(field);
                assertThatThrownBy(() -> read(copy.toString(), Charter.class)).as(part + "." + field)
                        .hasMessageContaining("'" + field + "'");
            }
        }
        var seats = new java.util.ArrayList<String>();
        full.get("council").get("seats").fieldNames().forEachRemaining(seats::add);
        assertThat(seats).containsExactly("method", "membersPerSeat", "totalSeats", "minPerBody", "maxPerBody");
        for (String field : seats) {
            var copy = full.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("council").get("seats")).remove(field);
            assertThatThrownBy(() -> read(copy.toString(), Charter.class)).as("seats." + field).hasMessageContaining("'" + field + "'");
        }
    }

    @Test
    void everyNewEnumIsWrittenAndReadInKebabCase() {
        assertKebab(DelegationRules.BreachPolicy.RECORD_AND_FLAG, "record-and-flag");
        assertKebab(DelegationRules.BreachPolicy.REFUSE, "refuse");
        assertKebab(CouncilRules.VotingBy.MEMBER_BODIES, "member-bodies");
        assertKebab(CouncilRules.VotingBy.DELEGATES, "delegates");
        assertKebab(CouncilRules.Referral.ABSTAIN, "abstain");
        assertKebab(CouncilRules.Referral.ABSENT, "absent");
        assertKebab(CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE, "one-member-one-vote");
        assertKebab(CouncilRules.ReferendumWeighting.ONE_ASSEMBLY_ONE_VOTE, "one-assembly-one-vote");
        assertKebab(Apportionment.Method.ONE_PER_BODY, "one-per-body");
        assertKebab(Apportionment.Method.PER_MEMBERS, "per-members");
        assertKebab(Apportionment.Method.DHONDT, "dhondt");
        assertKebab(Apportionment.Method.SAINTE_LAGUE, "sainte-lague");
        assertKebab(Permission.PUBLISH_ANNOUNCEMENT, "publish-announcement");
        assertKebab(Permission.SCHEDULE_MEETING, "schedule-meeting");
        assertKebab(Permission.ISSUE_RESET_CODE, "issue-reset-code");
        assertKebab(Permission.MAKE_PAYMENT, "make-payment");
        assertKebab(PetitionKind.RECALL, "recall");
        assertKebab(PetitionKind.REFERENDUM, "referendum");
        assertKebab(PetitionKind.CONGRESS, "congress");
        assertKebab(DecisionKind.RECALL, "recall");
        assertKebab(DecisionKind.REFERENDUM, "referendum");
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(DelegationRules.BreachPolicy.class, CouncilRules.VotingBy.class,
                CouncilRules.Referral.class, CouncilRules.ReferendumWeighting.class, Apportionment.Method.class, Permission.class,
                PetitionKind.class, DecisionKind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                assertKebab(e, e.name().toLowerCase().replace('_', '-'));
            }
            assertThatThrownBy(() -> mapper.readValue("\"" + type.getEnumConstants()[0].name() + "\"", type)).as(type.getSimpleName())
                    .hasMessageContaining("expected one of");
        }
        assertThat(write(Charter.defaultAssembly().rules().keySet())).contains("\"recall\"", "\"referendum\"");
    }

    @Test
    void idsInTheNewVocabularyAreCheckedLikeAnyOther() {
        assertThatThrownBy(() -> codec.readCommand("{\"type\":\"cast-seat-vote\",\"item\":\"food-wage-deal\",\"body\":\" bakery\"}"))
                .hasMessageContaining("an id must be");
        assertThat(codec.readCommand("{\"type\":\"sign-petition\",\"petition\":\"recall-ana\"}"))
                .isEqualTo(new PetitionCommand.SignPetition("recall-ana"));
        assertThat(new MemberId("ana")).isEqualTo(Samples.ANA);
        assertThat(new BodyId("bakery")).isEqualTo(Samples.BAKERY);
    }

    private void assertKebab(Enum<?> value, String wire) {
        assertThat(write(value)).as(value.name()).isEqualTo("\"" + wire + "\"");
        assertThat(read("\"" + wire + "\"", value.getDeclaringClass())).as(wire).isEqualTo(value);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
