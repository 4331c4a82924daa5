package org.mandate.core.body;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.charter.Charter;

/**
 * A self-governing body as the record has made it so far. Mutated only by the body package's
 * evolve; everything else reads it.
 */
public final class Body {
    private final BodyId id;
    private final BodyType type;
    private final String name;
    private final String axis;
    private final Instant foundedAt;
    private Charter charter;

    private final Map<MemberId, Membership> members = new HashMap<>();
    private final Map<MemberId, java.util.List<Membership>> former = new HashMap<>();
    private final Set<MemberId> pendingFounders = new LinkedHashSet<>();
    private final Map<MemberId, Application> applications = new LinkedHashMap<>();

    private final Map<BodyId, Instant> memberBodies = new LinkedHashMap<>();
    private final Set<BodyId> pendingFounderBodies = new LinkedHashSet<>();
    private final Map<String, Competence> competences = new LinkedHashMap<>();

    private final Map<BodyId, Instant> councils = new LinkedHashMap<>();

    public Body(BodyId id, BodyType type, String name, String axis, Instant foundedAt, Charter charter) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.axis = axis;
        this.foundedAt = foundedAt;
        this.charter = charter;
    }

    public BodyId id() { return id; }

    public BodyType type() { return type; }

    public boolean isAssembly() { return type == BodyType.ASSEMBLY; }

    public boolean isCouncil() { return type == BodyType.COUNCIL; }

    public String name() { return name; }

    /** For a council, the axis it federates along (territory, trade, any named axis); null for an assembly. */
    public String axis() { return axis; }

    public Instant foundedAt() { return foundedAt; }

    public Charter charter() { return charter; }

    /** Current members of an assembly, each with when they joined. */
    public Map<MemberId, Membership> members() { return Collections.unmodifiableMap(members); }

    public boolean hasMember(MemberId member) { return members.containsKey(member); }

    /** Everyone who belonged to this assembly just before event number {@code seq}. */
    public java.util.Set<MemberId> membersAt(long seq) {
        java.util.Set<MemberId> out = new java.util.HashSet<>();
        members.forEach((m, stretch) -> {
            if (stretch.covers(seq)) {
                out.add(m);
            }
        });
        former.forEach((m, stretches) -> {
            if (stretches.stream().anyMatch(x -> x.covers(seq))) {
                out.add(m);
            }
        });
        return out;
    }

    /** Whether the member belonged to this assembly just before event number {@code seq} (a freeze). */
    public boolean wasMemberAt(MemberId member, long seq) {
        Membership now = members.get(member);
        if (now != null && now.covers(seq)) {
            return true;
        }
        java.util.List<Membership> past = former.get(member);
        if (past != null) {
            for (Membership m : past) {
                if (m.covers(seq)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Set<MemberId> pendingFounders() { return Collections.unmodifiableSet(pendingFounders); }

    public Map<MemberId, Application> applications() { return Collections.unmodifiableMap(applications); }

    /** Current member bodies of a council, each with the time it joined. */
    public Map<BodyId, Instant> memberBodies() { return Collections.unmodifiableMap(memberBodies); }

    public Set<BodyId> pendingFounderBodies() { return Collections.unmodifiableSet(pendingFounderBodies); }

    public Map<String, Competence> competences() { return Collections.unmodifiableMap(competences); }

    /** The councils this body belongs to now. */
    public Map<BodyId, Instant> councils() { return Collections.unmodifiableMap(councils); }

    void charter(Charter value) { charter = value; }

    void addMember(MemberId member, Instant at, long seq) {
        members.put(member, new Membership(at, seq, Membership.CURRENT));
        pendingFounders.remove(member);
        applications.remove(member);
    }

    void removeMember(MemberId member, long seq) {
        Membership m = members.remove(member);
        if (m != null) {
            former.computeIfAbsent(member, k -> new java.util.ArrayList<>(1)).add(new Membership(m.since(), m.from(), seq));
        }
    }

    void expectFounders(Iterable<MemberId> founders) { founders.forEach(pendingFounders::add); }

    void expectFounderBodies(Iterable<BodyId> founders) { founders.forEach(pendingFounderBodies::add); }

    Application openApplication(MemberId applicant, Instant at) {
        Application a = new Application(applicant, at);
        applications.put(applicant, a);
        return a;
    }

    void closeApplication(MemberId applicant) { applications.remove(applicant); }

    void addMemberBody(BodyId body, Instant at) {
        memberBodies.put(body, at);
        pendingFounderBodies.remove(body);
    }

    void removeMemberBody(BodyId body) { memberBodies.remove(body); }

    void joinedCouncil(BodyId council, Instant at) { councils.put(council, at); }

    void leftCouncil(BodyId council) { councils.remove(council); }

    void grant(Competence competence) { competences.put(competence.name(), competence); }

    void revoke(String competence) { competences.remove(competence); }
}
