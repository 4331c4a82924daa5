package org.mandate.core.proposal;

import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.council.Delegation;
import org.mandate.core.office.OfficeRules;
import org.mandate.core.rule.Rejection;

/** Who may stand in an election: a member of the body, not barred by rotation. */
final class Candidates {
    private Candidates() {}

    static Rejection problem(Federation state, Body body, Motion motion, MemberId candidate) {
        if (!Eligibility.takesPart(state, body, candidate)) {
            return new Rejection.InvalidProposal("candidate " + candidate + " is not a member of " + body.id());
        }
        int max = body.charter().delegation().maxConsecutiveTerms();
        return switch (motion) {
            case Motion.ElectDelegates d -> rotation(candidate, "delegate of " + body.id() + " to " + d.council(),
                    delegateTerms(state, body, d.council(), candidate), max);
            case Motion.ElectOffice o -> rotation(candidate, o.office() + " of " + body.id(),
                    OfficeRules.consecutiveTerms(state, body.id(), o.office(), candidate), max);
            default -> null;
        };
    }

    private static Rejection rotation(MemberId candidate, String role, int served, int max) {
        return served >= max ? new Rejection.RotationLimit(candidate, role, served) : null;
    }

    /** Consecutive terms, up to the latest, in which this member was elected delegate or alternate of the body to the council. */
    static int delegateTerms(Federation state, Body body, org.mandate.core.BodyId council, MemberId member) {
        var terms = state.sessions().history(council, body.id());
        int n = 0;
        for (int i = terms.size() - 1; i >= 0; i--) {
            Delegation d = terms.get(i);
            if (!d.elected().contains(member) && !d.everHeld(member)) {
                break;
            }
            n++;
        }
        return n;
    }
}
