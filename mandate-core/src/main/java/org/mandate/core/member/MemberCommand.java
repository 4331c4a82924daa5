package org.mandate.core.member;

import org.mandate.core.Command;
import org.mandate.core.MemberId;

/** Commands about members themselves. */
public sealed interface MemberCommand extends Command {

    /** A person registers as a member, under the id they chose. Only they can register themselves. */
    record RegisterMember(MemberId member) implements MemberCommand {}
}
