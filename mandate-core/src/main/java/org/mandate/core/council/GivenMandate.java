package org.mandate.core.council;

import java.time.Instant;
import org.mandate.core.ProposalId;

/** A mandate as the body gave it: the instruction, the decision that gave it, and whether it survives amendments. */
public record GivenMandate(Instruction instruction, ProposalId decision, boolean survivesAmendment, Instant at) {}
