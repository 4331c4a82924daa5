package org.mandate.core.office;

import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.Command;

/** What office-holders do under their office's permissions. */
public sealed interface OfficeCommand extends Command {

    BodyId body();

    /** Needs {@link Permission#PUBLISH_ANNOUNCEMENT}. */
    record PublishAnnouncement(BodyId body, String announcement, String text) implements OfficeCommand {}

    /** Needs {@link Permission#SCHEDULE_MEETING}. */
    record ScheduleMeeting(BodyId body, String meeting, Instant when, String place, String agenda) implements OfficeCommand {}
}
