package org.mandate.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mandate.codec.Codec;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.proposal.ProposalEvent.BallotsUnsealed;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.server.account.Accounts;
import org.mandate.store.Batch;
import org.mandate.store.Sealed;
import org.mandate.store.Store;

/**
 * Puts the generated demo into a federation's store, so that {@code mandate demo} can serve it: the
 * events in the writer's own form (record bytes in the log, the sealed ballots of votes still open
 * beside it), in batches, and an account for each demo login with the one demo password.
 */
final class DemoData {
    /** The password of every demo login, printed by {@code mandate demo}: the demo is for looking around, not for secrets. */
    static final String PASSWORD = "mandate-demo-2026";
    private static final int BATCH = 5_000;

    private DemoData() {}

    static void append(Store store, Codec codec, List<Event> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            List<Event> part = events.subList(from, Math.min(events.size(), from + BATCH));
            List<byte[]> records = new ArrayList<>(part.size());
            List<Sealed> sealed = new ArrayList<>();
            List<String> unsealed = new ArrayList<>();
            for (Event e : part) {
                records.add(codec.recordBytes(e));
                if (e instanceof SealedVoteCast v && v.sealed() != null) {
                    sealed.add(new Sealed(v.proposal().value(), v.voter().value(), codec.mapper().valueToTree(v.sealed()).toString()));
                } else if (e instanceof BallotsUnsealed u) {
                    unsealed.add(u.proposal().value());
                }
            }
            store.append(new Batch(store.size(), records, sealed, unsealed, null));
        }
    }

    /** An account for each demo login, named as the directory names the person; one already there is kept. */
    static void accounts(Store store, Map<String, MemberId> logins, Map<MemberId, String> names, Instant now) {
        Accounts accounts = new Accounts(store.directory());
        for (MemberId m : logins.values()) {
            if (store.directory().account(m.value()).isEmpty()) {
                accounts.register(m, names.getOrDefault(m, m.value()), "", PASSWORD, now);
            }
        }
    }

    /** When the stored record's last event happened: the demo's clock runs on from there. */
    static Instant lastEventTime(Store store, Codec codec) {
        Instant[] at = {Instant.EPOCH};
        if (store.size() > 0) {
            store.read(store.size() - 1, store.size(), (seq, bytes) -> at[0] = codec.readEvent(bytes).at());
        }
        return at[0];
    }
}
