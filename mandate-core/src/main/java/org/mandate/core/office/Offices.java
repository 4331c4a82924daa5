package org.mandate.core.office;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;

/** Every body's offices, their past terms (for rotation), announcements and meetings. */
public final class Offices {
    private final Map<BodyId, Map<String, Office>> current = new HashMap<>();
    private final Map<String, List<Office>> history = new HashMap<>();
    private final Map<BodyId, List<OfficeEvent>> notices = new HashMap<>();
    private final Map<MemberId, List<OfficeEvent.ResetCodeIssued>> resetCodes = new HashMap<>();

    public Map<String, Office> of(BodyId body) {
        return Collections.unmodifiableMap(current.getOrDefault(body, Map.of()));
    }

    public Office office(BodyId body, String name) {
        return current.getOrDefault(body, Map.of()).get(name);
    }

    public List<Office> history(BodyId body, String name) {
        return Collections.unmodifiableList(history.getOrDefault(body.value() + "/" + name, List.of()));
    }

    /** Announcements published, meetings scheduled and reset codes issued in the body's name, oldest first. */
    public List<OfficeEvent> notices(BodyId body) {
        return Collections.unmodifiableList(notices.getOrDefault(body, List.of()));
    }

    /** Every reset code issued for this member, in any of their assemblies, oldest first: what they are shown at login. */
    public List<OfficeEvent.ResetCodeIssued> resetCodesFor(MemberId member) {
        return Collections.unmodifiableList(resetCodes.getOrDefault(member, List.of()));
    }

    /** The first office of the body, held by this member now, whose list includes the permission; null if none. */
    public Office permitting(BodyId body, MemberId member, Permission permission) {
        return permitting(body, member, permission, null);
    }

    /** As above, among the offices whose term still runs at {@code now} (any term, when {@code now} is null). */
    public Office permitting(BodyId body, MemberId member, Permission permission, java.time.Instant now) {
        for (Office o : current.getOrDefault(body, Map.of()).values()) {
            if (o.heldBy(member) && o.permissions().contains(permission) && (now == null || now.isBefore(o.termEnds()))) {
                return o;
            }
        }
        return null;
    }

    void install(Office o) {
        current.computeIfAbsent(o.body(), k -> new LinkedHashMap<>()).put(o.name(), o);
        history.computeIfAbsent(o.body().value() + "/" + o.name(), k -> new ArrayList<>()).add(o);
    }

    void notice(BodyId body, OfficeEvent e) {
        notices.computeIfAbsent(body, k -> new ArrayList<>()).add(e);
    }

    void resetCodeIssued(OfficeEvent.ResetCodeIssued e) {
        resetCodes.computeIfAbsent(e.member(), k -> new ArrayList<>()).add(e);
    }
}
