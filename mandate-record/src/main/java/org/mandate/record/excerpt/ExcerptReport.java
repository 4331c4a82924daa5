package org.mandate.record.excerpt;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hashes;

/**
 * The outcome of verifying an excerpt: what it says it holds, the checkpoint it rests on, and every
 * problem found, each at the line of the file it concerns. {@link #ok()} only when there is none.
 */
public record ExcerptReport(String about, long events, Optional<SignedCheckpoint> checkpoint, String keySource,
        List<Problem> problems, long moreProblems) {

    /** One thing wrong, at a line of the file (1 for the first line). */
    public record Problem(long line, String sentence) {
        @Override
        public String toString() {
            return line + ": " + sentence;
        }
    }

    public ExcerptReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The report for people, each problem as {@code FILE:LINE: sentence}. */
    public void print(String file, PrintStream out) {
        out.println("Excerpt " + file + (about.isEmpty() ? "" : " (" + about + ")"));
        checkpoint.ifPresent(cp -> out.println("  log " + cp.checkpoint().origin() + ", checkpoint of " + cp.size() + " events, root "
                + Hashes.hex(cp.checkpoint().root()) + "; key " + keySource));
        if (ok()) {
            out.println("OK: all " + events + " events are proven in the signed tree and the signature verifies."
                    + " (An excerpt shows that what it holds is in the record, not that nothing was left out.)");
            return;
        }
        problems.forEach(p -> out.println(file + ":" + p));
        if (moreProblems > 0) {
            out.println("  and " + moreProblems + " more problems");
        }
        out.println("FAILED: " + (problems.size() + moreProblems) + (problems.size() + moreProblems == 1 ? " problem" : " problems"));
    }
}
