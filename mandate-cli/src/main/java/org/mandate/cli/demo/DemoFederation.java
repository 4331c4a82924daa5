package org.mandate.cli.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.mandate.codec.Codec;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.MemberId;

/**
 * The demo federation, generated deterministically from a seed: a regional confederation of four local
 * federations (territory) beside three trade federations (trade), forty assemblies, about two thousand
 * members and months of history, built only from the core's own commands.
 *
 * <p>{@link #generate} gives the ordered steps; running them with {@code Mandate.execute} on a fresh
 * {@code Federation} builds the demo. Every step is accepted except the few deliberate refusals, whose
 * {@link Step#refusal()} names the rule that refuses them. {@link #directory} gives the made-up names of
 * the people, which stay outside the record.
 */
public final class DemoFederation {
    /** The seed {@code ./mandate demo} uses. */
    public static final long DEFAULT_SEED = 2026L;
    /** When the demo's history starts. */
    public static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    /** How many people register. */
    public static final int MEMBERS = 2000;

    private DemoFederation() {}

    /**
     * One command of the demo, issued in this context. {@code refusal} is null for a command that must be
     * accepted, or the rule (as {@code Rejection.rule()} names it) of a deliberate refusal.
     */
    public record Step(Context context, Command command, String refusal) {
        public boolean deliberatelyRefused() {
            return refusal != null;
        }
    }

    /**
     * The whole demo of a seed: its steps, the member directory, and the logins worth printing at start
     * (what makes each member interesting, in order, to their id).
     */
    public record Demo(List<Step> steps, Map<MemberId, String> directory, Map<String, MemberId> logins) {}

    /** The demo's steps for this seed, in order. The same seed always gives the same steps. */
    public static List<Step> generate(long seed) {
        return build(seed).steps();
    }

    /** The demo of this seed: steps, directory and logins. */
    public static Demo build(long seed) {
        DemoGenerator generator = new DemoGenerator(seed);
        List<Step> steps = Collections.unmodifiableList(generator.build());
        return new Demo(steps, directory(seed), Collections.unmodifiableMap(new java.util.LinkedHashMap<>(generator.logins)));
    }

    /** The member id of the demo's {@code n}th person, from 1: {@code m0001}. */
    public static MemberId member(int n) {
        return new MemberId(String.format("m%04d", n));
    }

    /** Made-up display names of the demo's people, for the member directory; never part of the record. */
    public static Map<MemberId, String> directory(long seed) {
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        Map<MemberId, String> names = new TreeMap<>();
        for (int i = 1; i <= MEMBERS; i++) {
            names.put(member(i), DemoNames.FIRST.get(rnd.nextInt(DemoNames.FIRST.size())) + " "
                    + DemoNames.LAST.get(rnd.nextInt(DemoNames.LAST.size())));
        }
        return Collections.unmodifiableMap(names);
    }

    /** Writes the demo of the default seed as a script that {@code ./mandate replay} reads. */
    public static void writeScript(Path file) {
        writeScript(file, DEFAULT_SEED);
    }

    /** Writes the demo of this seed as a script, one {@code {"at", "by", "command"}} line per step. */
    public static void writeScript(Path file, long seed) {
        writeScript(file, generate(seed));
    }

    static void writeScript(Path file, List<Step> steps) {
        Codec codec = new Codec();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# The Mandate demo federation, generated deterministically. Replay it with ./mandate replay FILE.");
            w.newLine();
            for (Step step : steps) {
                if (step.refusal() != null) {
                    w.write("# deliberately refused: " + step.refusal());
                    w.newLine();
                }
                w.write(line(codec, step));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(Codec codec, Step step) {
        StringBuilder sb = new StringBuilder("{\"at\":\"").append(step.context().now()).append('"');
        if (step.context().actor() != null) {
            sb.append(",\"by\":\"").append(step.context().actor().value()).append('"');
        }
        return sb.append(",\"command\":").append(codec.writeCommand(step.command())).append('}').toString();
    }
}
