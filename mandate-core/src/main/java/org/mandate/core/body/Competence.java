package org.mandate.core.body;

import java.time.Instant;
import org.mandate.core.ProposalId;

/** A competence a council's member bodies granted it, and the decision that granted it. */
public record Competence(String name, String description, Instant grantedAt, ProposalId grantedBy) {}
