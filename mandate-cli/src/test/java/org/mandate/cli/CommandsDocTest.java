package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mandate.codec.Codec;
import org.mandate.codec.Vocabulary;
import org.mandate.core.Command;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.council.CouncilCommand;
import org.mandate.core.council.Instruction;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;

/**
 * docs/commands.md cannot fall behind the code: every example in it is read by the codec, every
 * command, motion, instruction and ballot has an example, and every event and rejection is listed.
 */
class CommandsDocTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final Codec CODEC = new Codec();

    private static String doc;
    private static final Set<String> commands = new TreeSet<>();
    private static final Set<String> motions = new TreeSet<>();
    private static final Set<String> ballots = new TreeSet<>();
    private static final Set<String> instructions = new TreeSet<>();
    private static final List<String> failures = new ArrayList<>();
    private static int blocks;

    static Path locate() {
        Path fromModule = Path.of("../docs/commands.md");
        return Files.exists(fromModule) ? fromModule : Path.of("docs/commands.md");
    }

    @BeforeAll
    static void readEveryExample() throws IOException {
        doc = Files.readString(locate(), StandardCharsets.UTF_8);
        Matcher m = JSON_BLOCK.matcher(doc);
        while (m.find()) {
            blocks++;
            String text = m.group(1);
            int line = doc.substring(0, m.start()).split("\n", -1).length;
            try {
                read(text);
            } catch (RuntimeException | IOException e) {
                failures.add("commands.md:" + line + ": " + e.getMessage() + "\n  " + text.strip());
            }
        }
    }

    private static void read(String text) throws IOException {
        JsonNode node = CODEC.mapper().readTree(text);
        if (node.has("at")) {
            ScriptLine parsed = ScriptLine.parse(CODEC, text);
            note(parsed.command());
        } else if (node.has("line")) {
            outcome(node);
        } else if (node.has("rules")) {
            Charter charter = CODEC.mapper().treeToValue(node, Charter.class);
            assertThat(charter).as("the charter shown is the default one").isEqualTo(Charter.defaultAssembly());
        } else if (node.has("voting") && node.has("seats")) {
            String problem = CODEC.mapper().treeToValue(node, CouncilRules.class).problem();
            assertThat(problem).as("the council rules shown are usable").isNull();
        } else if (node.has("type") && Vocabulary.MOTIONS.containsKey(node.get("type").asText())) {
            noteMotion(CODEC.mapper().treeToValue(node, Motion.class));
        } else if (node.has("type") && Vocabulary.BALLOTS.containsKey(node.get("type").asText())) {
            noteBallot(CODEC.mapper().treeToValue(node, Ballot.class));
        } else if (node.has("type") && Vocabulary.INSTRUCTIONS.containsKey(node.get("type").asText())) {
            noteInstruction(CODEC.mapper().treeToValue(node, Instruction.class));
        } else {
            throw new IllegalArgumentException("not a script line, an outcome, a charter, council rules, a motion, an instruction or a ballot");
        }
    }

    private static void outcome(JsonNode node) {
        assertThat(node.get("line").isInt()).as("line is a number").isTrue();
        if (node.get("accepted").asBoolean()) {
            for (JsonNode event : node.get("events")) {
                CODEC.readEvent(event.toString());
            }
        } else {
            JsonNode refused = node.get("refused");
            Set<String> rules = rejectionNames();
            assertThat(rules).as("rejection rules").contains(refused.get("rule").asText());
            assertThat(refused.get("message").asText()).isNotBlank();
        }
    }

    private static void note(Command command) {
        commands.add(Vocabulary.nameOf(command.getClass()));
        if (command instanceof ProposalCommand.SubmitProposal s) {
            noteMotion(s.motion());
        } else if (command instanceof ProposalCommand.CastVote v) {
            noteBallot(v.ballot());
        } else if (command instanceof CouncilCommand.CastSeatVote v && v.ballot() != null) {
            noteBallot(v.ballot());
        }
    }

    private static void noteMotion(Motion motion) {
        motions.add(Vocabulary.nameOf(motion.getClass()));
        if (motion instanceof Motion.CastBodyVote v) {
            noteBallot(v.ballot());
        } else if (motion instanceof Motion.GiveMandate g && g.instruction() != null) {
            noteInstruction(g.instruction());
        }
    }

    private static void noteInstruction(Instruction instruction) {
        instructions.add(Vocabulary.nameOf(instruction.getClass()));
        if (instruction instanceof Instruction.Fixed f) {
            noteBallot(f.ballot());
        }
    }

    private static void noteBallot(Ballot ballot) {
        ballots.add(Vocabulary.nameOf(ballot.getClass()));
    }

    private static Set<String> rejectionNames() {
        Set<String> names = new TreeSet<>();
        Arrays.stream(Rejection.class.getPermittedSubclasses()).forEach(c -> names.add(c.getSimpleName()));
        return names;
    }

    @Test
    void everyJsonExampleReads() {
        assertThat(blocks).isGreaterThan(40);
        if (!failures.isEmpty()) {
            fail(failures.size() + " example(s) in docs/commands.md do not read:\n" + String.join("\n", failures));
        }
    }

    @Test
    void everyCommandHasAnExampleAndASection() {
        assertThat(commands).containsExactlyInAnyOrderElementsOf(Vocabulary.COMMANDS.keySet());
        for (String command : Vocabulary.COMMANDS.keySet()) {
            assertThat(doc).as("a section for " + command).contains("\n### " + command + "\n");
        }
    }

    @Test
    void everyMotionHasAnExampleAndASection() {
        assertThat(motions).containsExactlyInAnyOrderElementsOf(Vocabulary.MOTIONS.keySet());
        for (String motion : Vocabulary.MOTIONS.keySet()) {
            assertThat(doc).as("a section for " + motion).contains("\n### " + motion + "\n");
        }
    }

    @Test
    void everyInstructionHasAnExampleAndASection() {
        assertThat(instructions).containsExactlyInAnyOrderElementsOf(Vocabulary.INSTRUCTIONS.keySet());
        for (String instruction : Vocabulary.INSTRUCTIONS.keySet()) {
            assertThat(doc).as("a section for " + instruction).contains("\n### " + instruction + "\n");
        }
    }

    @Test
    void everyBallotHasAnExampleAndASection() {
        assertThat(ballots).containsExactlyInAnyOrderElementsOf(Vocabulary.BALLOTS.keySet());
        for (String ballot : Vocabulary.BALLOTS.keySet()) {
            assertThat(doc).as("a section for " + ballot).contains("\n### " + ballot + "\n");
        }
    }

    @Test
    void everyEventIsListed() {
        Set<String> listed = tableNames("\\| `([a-z-]+)` \\|");
        assertThat(listed).containsAll(Vocabulary.EVENTS.keySet());
    }

    @Test
    void everyRejectionIsListedAndEveryRuleNamedExists() {
        Set<String> listed = tableNames("\\n\\| `([A-Z][A-Za-z]+)` \\|");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(rejectionNames());
        Set<String> named = tableNames("`([A-Z][a-z]+[A-Z][A-Za-z]*)`");
        named.remove("CommandsDocTest");
        assertThat(rejectionNames()).as("rule names mentioned in docs/commands.md").containsAll(named);
    }

    private static Set<String> tableNames(String regex) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(doc);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
