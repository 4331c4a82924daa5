package org.mandate.core.council;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mandate.core.BodyId;

/** For one item on a council's agenda: the mandate each body gave, the bodies it is referred back to, and the seat votes. */
public final class ItemBook {
    private final Map<BodyId, GivenMandate> mandates = new LinkedHashMap<>();
    private final Set<BodyId> referred = new LinkedHashSet<>();
    private final Map<String, SeatVote> votes = new LinkedHashMap<>();

    public Map<BodyId, GivenMandate> mandates() { return Collections.unmodifiableMap(mandates); }

    /** Bodies that gave no mandate and no covering free hand: their delegates cannot vote until they decide. */
    public Set<BodyId> referred() { return Collections.unmodifiableSet(referred); }

    /** Seat votes by seat key ({@code body#seat}). */
    public Map<String, SeatVote> votes() { return Collections.unmodifiableMap(votes); }

    void mandate(BodyId body, GivenMandate m) {
        mandates.put(body, m);
        referred.remove(body);
    }

    void voidMandate(BodyId body) {
        mandates.remove(body);
        referred.add(body);
    }

    void refer(BodyId body) { referred.add(body); }

    void vote(SeatVote v) { votes.put(v.key(), v); }

    void withdraw(String seatKey) { votes.remove(seatKey); }
}
