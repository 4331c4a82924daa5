package org.mandate.core.petition;

import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.MemberId;

/** Commands members issue on petitions. Member bodies sign by their own decision (a {@code sign-petition-as-body} motion). */
public sealed interface PetitionCommand extends Command {

    String petition();

    /**
     * Open a petition, which the opener signs at once where people sign (a recall in an assembly, a
     * referendum); a petition only member bodies sign (a congress, a recall in a council) is opened by
     * anyone beneath the council, who does not sign it. For a recall, name the {@code target} and either
     * the {@code council} they sit in for {@code body} or the {@code office} they hold in it. For a
     * referendum or a congress, {@code body} is the council, and a referendum needs the question's
     * {@code title} and {@code text}.
     */
    record OpenPetition(String petition, PetitionKind kind, BodyId body, String title, String text, MemberId target,
            BodyId council, String office) implements PetitionCommand {}

    record SignPetition(String petition) implements PetitionCommand {}
}
