package org.mandate.core.office;

import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.MemberId;

/** What office-holders do under their office's permissions. */
public sealed interface OfficeCommand extends Command {

    BodyId body();

    /** Needs {@link Permission#PUBLISH_ANNOUNCEMENT}. */
    record PublishAnnouncement(BodyId body, String announcement, String text) implements OfficeCommand {}

    /** Needs {@link Permission#SCHEDULE_MEETING}. */
    record ScheduleMeeting(BodyId body, String meeting, Instant when, String place, String agenda) implements OfficeCommand {}

    /**
     * Needs {@link Permission#ISSUE_RESET_CODE}: gives {@code member}, a member of the assembly who lost
     * their password, a one-time reset code. The record keeps who gave it to whom and when; the code itself
     * is made by the server once this is accepted and never enters the record.
     */
    record IssueResetCode(BodyId body, MemberId member) implements OfficeCommand {}
}
