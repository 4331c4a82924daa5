package org.mandate.core.petition;

/** What a petition asks for, and so who signs it. */
public enum PetitionKind {
    /** Recall a delegate or office-holder: signed by the members of the body that elected them (member bodies, for a council). */
    RECALL,
    /** Put a question to everyone beneath a council: signed by the people beneath it, or by its member bodies. */
    REFERENDUM,
    /** Convene an extraordinary congress of a council: signed by its member bodies. */
    CONGRESS
}
