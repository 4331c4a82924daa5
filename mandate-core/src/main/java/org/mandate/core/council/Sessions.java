package org.mandate.core.council;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;

/** Every council's delegations, item books, standing free hands and congresses. Mutated only by {@link SessionEvolution}. */
public final class Sessions {
    private final Map<BodyId, Map<BodyId, Delegation>> delegations = new HashMap<>();
    private final Map<String, List<Delegation>> history = new HashMap<>();
    private final Map<ProposalId, ItemBook> items = new HashMap<>();
    private final Map<BodyId, Map<BodyId, List<GivenMandate>>> freeHands = new HashMap<>();
    private final Map<BodyId, List<Congress>> congresses = new HashMap<>();

    /** The current delegation of each member body to this council. */
    public Map<BodyId, Delegation> delegations(BodyId council) {
        return Collections.unmodifiableMap(delegations.getOrDefault(council, Map.of()));
    }

    public Delegation delegation(BodyId council, BodyId body) {
        return delegations.getOrDefault(council, Map.of()).get(body);
    }

    /** Every delegation a body has sent to a council, oldest first. */
    public List<Delegation> history(BodyId council, BodyId body) {
        return Collections.unmodifiableList(history.getOrDefault(key(council, body), List.of()));
    }

    public ItemBook item(ProposalId item) {
        return items.get(item);
    }

    /** Standing free hands a body gave its delegates to a council. */
    public List<GivenMandate> freeHands(BodyId council, BodyId body) {
        return Collections.unmodifiableList(freeHands.getOrDefault(council, Map.of()).getOrDefault(body, List.of()));
    }

    public List<Congress> congresses(BodyId council) {
        return Collections.unmodifiableList(congresses.getOrDefault(council, List.of()));
    }

    /** The congress sitting now, or null. */
    public Congress sitting(BodyId council) {
        for (Congress c : congresses.getOrDefault(council, List.of())) {
            if (c.sitting()) {
                return c;
            }
        }
        return null;
    }

    ItemBook openItem(ProposalId item) {
        return items.computeIfAbsent(item, k -> new ItemBook());
    }

    void install(Delegation d) {
        delegations.computeIfAbsent(d.council(), k -> new LinkedHashMap<>()).put(d.body(), d);
        history.computeIfAbsent(key(d.council(), d.body()), k -> new ArrayList<>()).add(d);
    }

    void standing(BodyId council, BodyId body, GivenMandate m) {
        freeHands.computeIfAbsent(council, k -> new LinkedHashMap<>()).computeIfAbsent(body, k -> new ArrayList<>()).add(m);
    }

    void convene(BodyId council, Congress c) {
        congresses.computeIfAbsent(council, k -> new ArrayList<>()).add(c);
    }

    private static String key(BodyId council, BodyId body) {
        return council.value() + "/" + body.value();
    }
}
