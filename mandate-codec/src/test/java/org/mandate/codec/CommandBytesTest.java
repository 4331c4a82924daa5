package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mandate.core.Command;

/**
 * A command read from bytes (the server's fast path, straight to the record) is exactly what reading
 * the same text through the tree gives: the same command, or the same refusal. Checked on every sample
 * command and on many seeded damaged copies of them, since a fast path that accepted what the checked
 * path refuses would let bad input in.
 */
class CommandBytesTest {
    private final Codec codec = new Codec();

    private String outcome(String json) {
        try {
            return "accepted " + codec.readCommand(json);
        } catch (CodecException e) {
            return "refused " + e.getMessage();
        }
    }

    private String outcomeFromBytes(String json) {
        try {
            return "accepted " + codec.readCommand(json.getBytes(StandardCharsets.UTF_8));
        } catch (CodecException e) {
            return "refused " + e.getMessage();
        }
    }

    @Test
    void every_sample_command_reads_the_same_from_bytes() {
        for (Command c : Samples.commands()) {
            String json = codec.writeCommand(c);
            assertThat(codec.readCommand(json.getBytes(StandardCharsets.UTF_8))).as(json).isEqualTo(c);
        }
    }

    @Test
    void damaged_commands_are_refused_or_read_alike_from_bytes_and_from_text() {
        long seed = System.nanoTime();
        System.out.println("damaged_commands_are_refused_or_read_alike_from_bytes_and_from_text seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> pieces = List.of("\"type\"", "\"tick\"", "\"cast-vote\"", "null", "7", "\"7\"", "true", "[]", "{}", ",", ":", "\"x\"",
                "\"colour\":\"red\"", "\"type\":\"register-member\"", "-1", "1e3", "\"P3D\"", "\"2026-03-01T09:00:00Z\"");
        List<Command> samples = Samples.commands();
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = Damage.of(codec.writeCommand(samples.get(random.nextInt(samples.size()))), pieces, random);
            String expected = outcome(text);
            refused += expected.startsWith("refused") ? 1 : 0;
            assertThat(outcomeFromBytes(text)).as("seed %d: %s", seed, text).isEqualTo(expected);
        }
        assertThat(refused).as("most damaged commands are refused, so the comparison tests refusals").isGreaterThan(2_500);
    }
}
