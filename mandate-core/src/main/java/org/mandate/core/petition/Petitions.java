package org.mandate.core.petition;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every petition, open or done. */
public final class Petitions {
    private final Map<String, Petition> all = new LinkedHashMap<>();

    public Petition get(String id) {
        return id == null ? null : all.get(id);
    }

    public Collection<Petition> all() {
        return Collections.unmodifiableCollection(all.values());
    }

    void add(Petition p) {
        all.put(p.id(), p);
    }
}
