package org.mandate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mandate.codec.Codec;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MandateException;
import org.mandate.record.history.HistoryReader;

/**
 * Rebuilds a federation's state from the events of a history file, decoding each event's stored bytes
 * and folding it: what a restart or a seceding body's new server does with the record.
 */
final class ReplayFromRecord {
    private ReplayFromRecord() {}

    /** The state the history's events rebuild. */
    static Federation rebuild(Path file) throws IOException {
        Codec codec = new Codec();
        Federation state = new Federation();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file)); HistoryReader reader = new HistoryReader(in)) {
            while (reader.next()) {
                byte[] bytes = Arrays.copyOfRange(reader.buffer(), reader.eventOffset(), reader.eventOffset() + reader.length());
                try {
                    Mandate.evolve(state, codec.readEvent(bytes));
                } catch (MandateException e) {
                    throw new MandateException("event " + reader.index() + " cannot be replayed: " + e.getMessage(), e);
                }
            }
        }
        return state;
    }

    static int check(Path file, PrintStream out, PrintStream err) {
        try {
            Federation state = rebuild(file);
            out.println("replayed " + state.eventCount() + " events: " + state.memberCount() + " members, " + state.bodies().size()
                    + " bodies, " + state.proposals().size() + " proposals");
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("the record does not replay: " + e.getMessage());
            return VerifyCommand.FAILS;
        }
    }
}
