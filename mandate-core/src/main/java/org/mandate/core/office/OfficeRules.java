package org.mandate.core.office;

import java.util.HashSet;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.MandateException;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.body.Body;
import org.mandate.core.clock.Due;
import org.mandate.core.office.OfficeCommand.*;
import org.mandate.core.office.OfficeEvent.*;
import org.mandate.core.rule.Rejection;

/** Decides what office-holders do, strictly within their office's list, and folds office events. */
public final class OfficeRules {
    private OfficeRules() {}

    public static Outcome decide(Federation state, OfficeCommand command, Context ctx) {
        MemberId actor = ctx.actor();
        if (actor == null) {
            return Outcome.refuse(new Rejection.NoActingMember());
        }
        Body body = state.body(command.body());
        if (body == null) {
            return Outcome.refuse(new Rejection.UnknownBody(command.body()));
        }
        Permission needed = switch (command) {
            case PublishAnnouncement c -> Permission.PUBLISH_ANNOUNCEMENT;
            case ScheduleMeeting c -> Permission.SCHEDULE_MEETING;
            case IssueResetCode c -> Permission.ISSUE_RESET_CODE;
        };
        if (command instanceof IssueResetCode && !body.isAssembly()) {
            return Outcome.refuse(new Rejection.NotAnAssembly(body.id(), "give its members password reset codes"));
        }
        Office office = state.offices().permitting(body.id(), actor, needed, ctx.now());
        if (office == null) {
            return Outcome.refuse(new Rejection.NotPermitted(actor, body.id(), needed.name().toLowerCase().replace('_', '-')));
        }
        return switch (command) {
            case PublishAnnouncement c -> !Ids.valid(c.announcement()) || exists(state, body, c.announcement())
                    ? Outcome.refuse(new Rejection.IdInUse("announcement or meeting", c.announcement()))
                    : c.text() == null || c.text().isBlank() ? Outcome.refuse(new Rejection.InvalidProposal("an announcement needs text"))
                    : Outcome.accept(new AnnouncementPublished(ctx.now(), body.id(), c.announcement(), actor, office.name(), c.text()));
            case ScheduleMeeting c -> !Ids.valid(c.meeting()) || exists(state, body, c.meeting())
                    ? Outcome.refuse(new Rejection.IdInUse("announcement or meeting", c.meeting()))
                    : c.when() == null || !c.when().isAfter(ctx.now()) ? Outcome.refuse(new Rejection.InvalidProposal("a meeting is scheduled for a time still to come"))
                    : Outcome.accept(new MeetingScheduled(ctx.now(), body.id(), c.meeting(), actor, office.name(), c.when(),
                            c.place() == null ? "" : c.place(), c.agenda() == null ? "" : c.agenda()));
            case IssueResetCode c -> resetCode(body, c, actor, office, ctx.now());
        };
    }

    /**
     * A reset code goes only to a member of the office's own assembly, and never to the office-holder
     * themselves: someone else always witnesses a reset, so a holder cannot quietly take over an account.
     */
    private static Outcome resetCode(Body body, IssueResetCode c, MemberId actor, Office office, java.time.Instant now) {
        if (c.member() == null || !body.hasMember(c.member())) {
            return Outcome.refuse(new Rejection.NotAMember(c.member(), body.id()));
        }
        if (c.member().equals(actor)) {
            return Outcome.refuse(new Rejection.OwnResetCode(actor, body.id()));
        }
        return Outcome.accept(new ResetCodeIssued(now, body.id(), c.member(), actor, office.name()));
    }

    private static boolean exists(Federation state, Body body, String id) {
        return state.offices().notices(body.id()).stream().anyMatch(e -> e instanceof AnnouncementPublished a && a.announcement().equals(id)
                || e instanceof MeetingScheduled m && m.meeting().equals(id));
    }

    /**
     * How many consecutive terms, up to the latest, this member was elected to the office: the
     * measure of rotation. A term someone was recalled from still counts as served.
     */
    public static int consecutiveTerms(Federation state, org.mandate.core.BodyId body, String office, MemberId member) {
        var terms = state.offices().history(body, office);
        int n = 0;
        for (int i = terms.size() - 1; i >= 0 && terms.get(i).elected().contains(member); i--) {
            n++;
        }
        return n;
    }

    public static void evolve(Federation state, OfficeEvent event) {
        Offices offices = state.offices();
        switch (event) {
            case OfficeFilled e -> {
                Office old = offices.office(e.body(), e.office());
                if (old != null && !old.ended()) {
                    state.schedule().remove(termEnd(old));
                    old.end();
                }
                Office o = new Office(e.body(), e.office(), new HashSet<>(e.permissions()), e.holders(), e.termEnds(), e.decision());
                offices.install(o);
                state.schedule().add(termEnd(o));
            }
            case OfficeTermEnded e -> {
                Office o = office(offices, e.body(), e.office());
                state.schedule().remove(termEnd(o));
                o.end();
            }
            case OfficeVacated e -> office(offices, e.body(), e.office()).vacate(e.member());
            case AnnouncementPublished e -> offices.notice(e.body(), e);
            case MeetingScheduled e -> offices.notice(e.body(), e);
            case ResetCodeIssued e -> {
                offices.notice(e.body(), e);
                offices.resetCodeIssued(e);
            }
        }
    }

    public static Due termEnd(Office o) {
        return new Due(o.termEnds(), Due.What.OFFICE_TERM_END, o.body().value() + "/" + o.name());
    }

    private static Office office(Offices offices, org.mandate.core.BodyId body, String name) {
        Office o = offices.office(body, name);
        if (o == null) {
            throw new MandateException("no office " + name + " in " + body + ": the log is not consistent");
        }
        return o;
    }
}
