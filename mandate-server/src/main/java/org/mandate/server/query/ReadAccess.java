package org.mandate.server.query;

import java.util.Optional;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.member.RecordReaders;

/**
 * Who may read what, decided here and nowhere else (docs/decisions/2026-11-25-who-may-read.md). A member
 * of the federation reads everything the record holds; anyone else reads only the bodies whose charter
 * opens their record to the public ({@code publicRecord}), and what belongs to them: their members,
 * proposals, petitions, seats and delegations. What belongs to a closed body, such as its figures in a
 * referendum's breakdown, is left out of a public body's page for anyone else, and a closed body is
 * answered as if it did not exist, so its id cannot be probed.
 *
 * @param member whether the caller is a member of the federation as the core's {@link RecordReaders} rule
 *               has it: someone who belongs to one of its assemblies now (registering alone admits nobody)
 */
public record ReadAccess(boolean member) {

    /** The access of {@code caller} (a member id from a token or a session, or none), in this state. */
    public static ReadAccess of(Optional<MemberId> caller, Federation state) {
        return new ReadAccess(caller.isPresent() && RecordReaders.mayRead(state, caller.get()));
    }

    public boolean mayRead(Body body) {
        return body != null && (member || body.charter().publicRecord());
    }

    public boolean mayRead(Federation state, BodyId body) {
        return mayRead(state.body(body));
    }

    /** The one sentence for a body that does not exist or is closed to this caller: the two read the same. */
    public String noSuch(String what, Object id) {
        return "there is no " + what + " '" + id + "'" + (member ? "" : " whose record is open to the public; members of the federation see every body's record once signed in");
    }
}
