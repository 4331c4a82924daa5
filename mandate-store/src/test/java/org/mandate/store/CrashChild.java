package org.mandate.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The process {@link SqliteCrashTest} kills: appends batches of {@value #PER_BATCH} events for ever and,
 * after each {@link Store#append} returns, prints the batch's first sequence number and flushes, so the
 * parent knows exactly which batches were acknowledged as durable.
 */
final class CrashChild {

    static final int PER_BATCH = 5;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Store store = Store.sqlite(Path.of(args[0]));
        long seq = store.size();
        for (long n = 0; ; n++) {
            List<Sealed> sealed = List.of(new Sealed("p" + (n / 10), "v" + n, "{\"n\":" + n + "}"));
            List<String> unsealed = n % 10 == 9 ? List.of("p" + (n / 10)) : List.of();
            store.append(new Batch(seq, StoreContract.records(seq, PER_BATCH), sealed, unsealed, "checkpoint " + seq));
            System.out.println(seq);
            System.out.flush();
            seq += PER_BATCH;
        }
    }
}
