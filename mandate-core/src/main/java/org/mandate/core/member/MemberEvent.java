package org.mandate.core.member;

import java.time.Instant;
import org.mandate.core.Event;
import org.mandate.core.MemberId;

/** Events about members themselves. Names and contacts are never here: they stay in the directory outside the log. */
public sealed interface MemberEvent extends Event {

    record MemberRegistered(Instant at, MemberId member) implements MemberEvent {}
}
