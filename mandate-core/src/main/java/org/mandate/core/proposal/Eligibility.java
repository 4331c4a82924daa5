package org.mandate.core.proposal;

import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;

/**
 * Who may take part in a body's business: the members of an assembly; for a council, the people in
 * the assemblies beneath it (they propose, amend and deliberate; their bodies decide).
 */
final class Eligibility {
    private Eligibility() {}

    static boolean takesPart(Federation state, Body body, MemberId member) {
        if (member == null) {
            return false;
        }
        if (body.isAssembly()) {
            return body.hasMember(member);
        }
        org.mandate.core.member.Member m = state.member(member);
        if (m == null) {
            return false;
        }
        for (org.mandate.core.BodyId assembly : m.bodies()) {
            if (state.reachesUpward(assembly, body.id())) {
                return true;
            }
        }
        return false;
    }
}
