package org.mandate.web.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.member.Member;

/**
 * The members' names on one page, for one viewer. The record names members by id; the directory keeps
 * the name each gave when opening their account, and the pages show it beside the id to those who share
 * a body with them: a member of the same assembly, or of an assembly beneath a council they both belong
 * to. A visitor sees ids only, and nobody ever sees a contact. Looked up as the page is written, each id
 * once, outside any view's read of the state.
 */
public final class Names {
    /** A visitor's names: the ids as the record has them. */
    public static final Names NONE = new Names(null, null, null);

    private final MemberId viewer;
    private final Function<Function<Federation, Object>, Object> read;
    private final Function<MemberId, Optional<String>> directory;
    private final Map<String, String> shown = new HashMap<>();
    private Set<BodyId> reach;

    /**
     * @param read runs a query against the readers' state (the site's read)
     * @param directory the display name of a member with an account
     */
    public Names(MemberId viewer, Function<Function<Federation, Object>, Object> read, Function<MemberId, Optional<String>> directory) {
        this.viewer = viewer;
        this.read = read;
        this.directory = directory;
    }

    /** What a link shows: for a member, their name and id where the viewer may see the name; anything else as it is. */
    public String label(Ref ref) {
        if (viewer == null || !ref.href().startsWith("/members/")) {
            return ref.label();
        }
        String name = name(ref.href().substring("/members/".length()));
        return name == null ? ref.label() : name + " (" + ref.label() + ")";
    }

    /** The member's display name if the viewer may see it, else null. */
    public String name(String id) {
        if (viewer == null) {
            return null;
        }
        String n = shown.computeIfAbsent(id, k -> {
            MemberId m = new MemberId(k);
            boolean shares = (Boolean) read.apply(state -> {
                if (reach == null) {
                    reach = reach(state, viewer);
                }
                Set<BodyId> theirs = reach(state, m);
                theirs.retainAll(reach);
                return !theirs.isEmpty();
            });
            return shares ? directory.apply(m).orElse("") : "";
        });
        return n.isEmpty() ? null : n;
    }

    /** The member's assemblies and every council above them. */
    static Set<BodyId> reach(Federation state, MemberId member) {
        Member m = state.member(member);
        Set<BodyId> out = new HashSet<>();
        if (m == null) {
            return out;
        }
        Deque<BodyId> todo = new ArrayDeque<>(m.bodies());
        while (!todo.isEmpty()) {
            BodyId b = todo.pop();
            Body body = state.body(b);
            if (body != null && out.add(b)) {
                todo.addAll(body.councils().keySet());
            }
        }
        return out;
    }
}
