package org.mandate.core.credit;

import java.time.Instant;
import java.util.List;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.credit.CreditEvent.*;
import org.mandate.core.proposal.Motion;
import org.mandate.core.rule.Rejection;

/**
 * The council's decisions on its mutual credit: whether a motion may be put (and still apply when it is
 * adopted), and what it brings about. Each is the council's ordinary business, decided under its
 * charter and relying, like all of it, on a competence its member bodies granted.
 */
public final class CreditMotions {
    private CreditMotions() {}

    /** Whether this motion is one of mutual credit. */
    public static boolean covers(Motion motion) {
        return motion instanceof Motion.AdoptMutualCredit || motion instanceof Motion.SetCreditLimit
                || motion instanceof Motion.AdoptLimitRule || motion instanceof Motion.ScheduleClearing;
    }

    /** What stops the motion from applying to {@code council} now, or null. */
    public static Rejection problem(Federation state, Body council, Motion motion) {
        if (!council.isCouncil()) {
            return new Rejection.NotACouncil(council.id());
        }
        Ledger ledger = state.credit().active(state, council.id());
        if (motion instanceof Motion.AdoptMutualCredit a) {
            return ledger != null ? new Rejection.MutualCreditAlreadyAdopted(council.id(), ledger.unit())
                    : a.unit() == null || a.unit().isBlank()
                            ? new Rejection.InvalidProposal("mutual credit names its unit of account, such as 'hours' or 'cents of a euro'") : null;
        }
        if (ledger == null) {
            return new Rejection.NoMutualCredit(council.id());
        }
        return switch (motion) {
            case Motion.SetCreditLimit s -> s.body() == null || state.body(s.body()) == null ? new Rejection.UnknownBody(s.body())
                    : !ledger.hasAccount(state, s.body()) ? new Rejection.NoAccount(s.body(), council.id())
                    : s.limit() < 0 || s.limit() > CreditRules.MAX_AMOUNT
                            ? new Rejection.InvalidProposal("a credit limit is a whole number from 0 to " + CreditRules.MAX_AMOUNT) : null;
            case Motion.AdoptLimitRule a -> {
                String problem = new LimitRule(a.permille(), a.months(), a.floor(), a.cap()).problem();
                yield problem == null ? null : new Rejection.InvalidProposal(problem);
            }
            case Motion.ScheduleClearing s -> !Ids.valid(s.clearing()) || ledger.clearing(s.clearing()) != null
                    ? new Rejection.IdInUse("clearing", String.valueOf(s.clearing()))
                    : s.when() == null ? new Rejection.InvalidProposal("a clearing is scheduled for a time") : null;
            default -> throw new IllegalArgumentException("not a motion of mutual credit: " + motion);
        };
    }

    /** The event an adopted motion brings about; its checks have passed at the close. */
    public static List<Event> effects(Body council, ProposalId decision, Motion motion, Instant now) {
        return List.of(switch (motion) {
            case Motion.AdoptMutualCredit a -> new MutualCreditAdopted(now, council.id(), a.unit().strip(), decision);
            case Motion.SetCreditLimit s -> new CreditLimitSet(now, council.id(), s.body(), s.limit(), decision);
            case Motion.AdoptLimitRule a -> new LimitRuleAdopted(now, council.id(), a.permille(), a.months(), a.floor(), a.cap(), decision);
            case Motion.ScheduleClearing s -> new ClearingScheduled(now, council.id(), s.clearing(), s.when(), s.settleThroughCredit(), decision);
            default -> throw new IllegalArgumentException("not a motion of mutual credit: " + motion);
        });
    }
}
