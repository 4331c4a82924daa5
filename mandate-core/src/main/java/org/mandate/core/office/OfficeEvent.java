package org.mandate.core.office;

import java.time.Instant;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;

/** Events about offices and what their holders did. */
public sealed interface OfficeEvent extends Event {

    BodyId body();

    record OfficeFilled(Instant at, BodyId body, String office, List<MemberId> holders, List<Permission> permissions,
            Instant termEnds, ProposalId decision) implements OfficeEvent {
        public OfficeFilled {
            holders = List.copyOf(holders);
            permissions = List.copyOf(permissions);
        }
    }

    /** The term ran out: the office is vacant until the body elects again. */
    record OfficeTermEnded(Instant at, BodyId body, String office) implements OfficeEvent {}

    record OfficeVacated(Instant at, BodyId body, String office, MemberId member) implements OfficeEvent {}

    record AnnouncementPublished(Instant at, BodyId body, String announcement, MemberId by, String office, String text)
            implements OfficeEvent {}

    record MeetingScheduled(Instant at, BodyId body, String meeting, MemberId by, String office, Instant when, String place,
            String agenda) implements OfficeEvent {}

    /** {@code by}, holding {@code office}, gave {@code member} a one-time password reset code (the code is not recorded). */
    record ResetCodeIssued(Instant at, BodyId body, MemberId member, MemberId by, String office) implements OfficeEvent {}
}
