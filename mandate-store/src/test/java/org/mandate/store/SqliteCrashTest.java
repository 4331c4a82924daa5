package org.mandate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of appends: every batch the writer acknowledged is there exactly once, and no
 * batch is there in part. SQLite only: it is the store that lives in our own process and files.
 */
class SqliteCrashTest {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedBatchSurvivesASigkillAndNoneIsTorn() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while (acknowledged.size() < 60 && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.trim()));
            }
            // SIGKILL: no shutdown hook, no close, mid-append. Through the handle, because Process.destroy
            // would also close our end of the pipe, losing the lines still in it.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // Lines printed between our last read and the kill were acknowledged too.
            while ((line = out.readLine()) != null) {
                if (!line.isBlank()) {
                    acknowledged.add(Long.parseLong(line.trim()));
                }
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

        try (Store store = Store.sqlite(data)) {
            long size = store.size();
            long last = acknowledged.get(acknowledged.size() - 1);
            assertThat(size).isGreaterThanOrEqualTo(last + CrashChild.PER_BATCH);
            assertThat(size % CrashChild.PER_BATCH).as("no torn batch").isZero();
            List<Long> seqs = new ArrayList<>();
            store.read(0, size, (seq, rec) -> {
                assertThat(rec).isEqualTo(StoreContract.record(seq));
                seqs.add(seq);
            });
            assertThat(seqs).hasSize((int) size);
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).isEqualTo(i);
            }
            for (int i = 0; i < acknowledged.size(); i++) {
                assertThat(acknowledged.get(i)).isEqualTo((long) i * CrashChild.PER_BATCH);
            }
            long lastBatch = size - CrashChild.PER_BATCH;
            assertThat(store.checkpoint()).contains("checkpoint " + lastBatch);
            // Ballots of batch n sit under proposal p(n/10), unsealed in batch 9 of each ten: only the
            // last, still open, proposal keeps ballots.
            long batches = size / CrashChild.PER_BATCH;
            long open = batches % 10;
            if (open == 0) {
                assertThat(store.sealedBallots()).isEmpty();
            } else {
                assertThat(store.sealedBallots()).containsOnlyKeys("p" + (batches / 10));
                assertThat(store.sealedBallots().get("p" + (batches / 10))).hasSize((int) open);
            }
        }
    }
}
