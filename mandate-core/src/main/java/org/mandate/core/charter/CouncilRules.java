package org.mandate.core.charter;

import java.util.Objects;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;

/**
 * The rules that only a council has.
 *
 * @param voting              who casts the council's votes on its ordinary business, choices, elections and admissions
 * @param seats               how seats are apportioned to member bodies from their membership
 * @param unansweredReferral  what an item referred back to a body counts as, if the body has not decided by the close
 * @param congressBodies      share of member bodies whose decisions convene an extraordinary congress
 * @param referendumBodies    share of member bodies whose decisions put a question to a referendum
 * @param referendumMembers   share of the people beneath the council whose signatures put a question to a referendum
 * @param referendumWeighting how a referendum's result is aggregated upward
 */
public record CouncilRules(VotingBy voting, Apportionment.Rule seats, Referral unansweredReferral, Fraction congressBodies,
        Fraction referendumBodies, Fraction referendumMembers, ReferendumWeighting referendumWeighting) {

    public enum VotingBy {
        /** Each member body decides by its own decision (a {@code cast-body-vote} motion). */
        MEMBER_BODIES,
        /** Delegates vote in the seats apportioned to their bodies, each vote checked against their body's mandate. */
        DELEGATES
    }

    public enum Referral {
        /** The body's seats count as abstentions. */
        ABSTAIN,
        /** The body's seats do not count at all, not even towards the quorum. */
        ABSENT
    }

    public enum ReferendumWeighting {
        /** Every member beneath the council has one vote, counted once however many assemblies they belong to. */
        ONE_MEMBER_ONE_VOTE,
        /** Every base assembly has one vote, for the option most of its voters chose. */
        ONE_ASSEMBLY_ONE_VOTE
    }

    public CouncilRules {
        Objects.requireNonNull(voting, "voting");
        Objects.requireNonNull(seats, "seats");
        Objects.requireNonNull(unansweredReferral, "unansweredReferral");
        Objects.requireNonNull(congressBodies, "congressBodies");
        Objects.requireNonNull(referendumBodies, "referendumBodies");
        Objects.requireNonNull(referendumMembers, "referendumMembers");
        Objects.requireNonNull(referendumWeighting, "referendumWeighting");
    }

    public static CouncilRules defaults() {
        return new CouncilRules(VotingBy.MEMBER_BODIES, Apportionment.Rule.onePerBody(),
                Referral.ABSTAIN, Fraction.of(1, 3), Fraction.of(1, 4), Fraction.of(1, 10), ReferendumWeighting.ONE_MEMBER_ONE_VOTE);
    }

    public String problem() {
        String seatProblem = seats.problem();
        if (seatProblem != null) {
            return "in its seat apportionment, " + seatProblem;
        }
        if (congressBodies.numerator() == 0 || referendumBodies.numerator() == 0 || referendumMembers.numerator() == 0) {
            return "a congress or referendum from below needs a threshold above zero";
        }
        return null;
    }
}
