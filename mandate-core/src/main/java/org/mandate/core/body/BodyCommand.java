package org.mandate.core.body;

import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.Charter;

/**
 * Commands a member issues about membership in their own name. Everything a body decides (admitting
 * by vote, expelling, affiliating, seceding, changing its charter) is a proposal with a motion instead.
 */
public sealed interface BodyCommand extends Command {

    BodyId body();

    /**
     * Found an assembly with the acting member as its first member. The named co-founders join by
     * accepting ({@link AcceptFounding}); nobody is made a member without their own act.
     * A null charter means the default assembly charter.
     */
    record FoundAssembly(BodyId body, String name, Charter charter, List<MemberId> cofounders) implements BodyCommand {
        public FoundAssembly {
            cofounders = cofounders == null ? List.of() : List.copyOf(cofounders);
        }
    }

    record AcceptFounding(BodyId body) implements BodyCommand {}

    /**
     * Apply to join an assembly. Under a vote rule, {@code vote} is the id of the admission proposal the
     * application opens; under a sponsorship rule it is used only if a member objects.
     */
    record ApplyForAdmission(BodyId body, ProposalId vote) implements BodyCommand {}

    record SponsorApplicant(BodyId body, MemberId applicant) implements BodyCommand {}

    /** Object to a sponsored applicant within the window: the application then goes to a vote. */
    record ObjectToApplicant(BodyId body, MemberId applicant, String reason) implements BodyCommand {}

    /** Leave an assembly, at once, by one's own act. */
    record LeaveBody(BodyId body) implements BodyCommand {}
}
