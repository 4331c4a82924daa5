package org.mandate.core.charter;

import java.time.Duration;

/**
 * How a body admits new members (people to an assembly, bodies to a council).
 *
 * @param sponsors       0: every application is decided by a vote under the ADMISSION rule;
 *                       n &gt; 0: an applicant sponsored by n members is admitted unless a member objects
 *                       within the objection window, and an objection sends it to a vote
 * @param objectionWindow how long members may object once the sponsors are complete
 */
public record AdmissionRule(int sponsors, Duration objectionWindow) {
    public static final AdmissionRule BY_VOTE = new AdmissionRule(0, Duration.ZERO);

    public static AdmissionRule bySponsorship(int sponsors, Duration objectionWindow) {
        return new AdmissionRule(sponsors, objectionWindow);
    }

    public boolean byVote() {
        return sponsors == 0;
    }

    public String describe() {
        return byVote() ? "by a vote on each application" : "by the sponsorship of " + sponsors + " members with no objection";
    }
}
