package org.mandate.core.body;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand.*;
import org.mandate.core.body.BodyEvent.*;
import org.mandate.core.charter.Charter;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalRules;
import org.mandate.core.rule.Rejection;

/** Decides the membership commands members issue in their own name. */
public final class BodyRules {
    private BodyRules() {}

    public static Outcome decide(Federation state, BodyCommand command, Context ctx) {
        Rejection acting = ctx.notAMemberActing(state);
        if (acting != null) {
            return Outcome.refuse(acting);
        }
        MemberId actor = ctx.actor();
        if (command instanceof FoundAssembly c) {
            return found(state, c, ctx);
        }
        Body body = state.body(command.body());
        if (body == null) {
            return Outcome.refuse(new Rejection.UnknownBody(command.body()));
        }
        Instant now = ctx.now();
        return switch (command) {
            case FoundAssembly c -> throw new IllegalStateException("handled above");
            case AcceptFounding c -> body.pendingFounders().contains(actor)
                    ? Outcome.accept(new FounderJoined(now, body.id(), actor))
                    : Outcome.refuse(new Rejection.NotAFounder(actor, body.id()));
            case ApplyForAdmission c -> apply(state, body, c, actor, now);
            case SponsorApplicant c -> sponsor(body, c, actor, now);
            case ObjectToApplicant c -> object(state, body, c, actor, now);
            case LeaveBody c -> !body.isAssembly() ? Outcome.refuse(new Rejection.NotAnAssembly(body.id(), "have people as members"))
                    : body.hasMember(actor) ? Outcome.accept(leaving(state, body, new MemberLeft(now, body.id(), actor),
                            body.id().value() + ".left." + state.eventCount()))
                    : Outcome.refuse(new Rejection.NotAMember(actor, body.id()));
        };
    }

    /** Leaving, or being expelled, takes with it every seat and office held for the body. */
    public static List<Event> leaving(Federation state, Body body, BodyEvent left, String cause) {
        MemberId member = left instanceof MemberLeft l ? l.member() : ((MemberExpelled) left).member();
        List<Event> events = new ArrayList<>();
        events.add(left);
        events.addAll(org.mandate.core.petition.Recalls.leaving(state, body, member, cause, left.at()));
        return events;
    }

    private static Outcome found(Federation state, FoundAssembly c, Context ctx) {
        if (c.body() == null || state.body(c.body()) != null) {
            return Outcome.refuse(new Rejection.IdInUse("body", String.valueOf(c.body())));
        }
        if (c.name() == null || c.name().isBlank()) {
            return Outcome.refuse(new Rejection.InvalidProposal("a new assembly needs a name"));
        }
        Charter charter = c.charter() == null ? Charter.defaultAssembly() : c.charter();
        if (charter.problem() != null) {
            return Outcome.refuse(new Rejection.InvalidCharter(charter.problem()));
        }
        for (MemberId cofounder : c.cofounders()) {
            if (state.member(cofounder) == null) {
                return Outcome.refuse(new Rejection.NotRegistered(cofounder));
            }
        }
        if (c.cofounders().contains(ctx.actor()) || new HashSet<>(c.cofounders()).size() != c.cofounders().size()) {
            return Outcome.refuse(new Rejection.InvalidProposal("each co-founder is named once, and the founder is not among them"));
        }
        return Outcome.accept(new AssemblyFounded(ctx.now(), c.body(), c.name(), charter, ctx.actor(), c.cofounders()));
    }

    private static Outcome apply(Federation state, Body body, ApplyForAdmission c, MemberId actor, Instant now) {
        if (!body.isAssembly()) {
            return Outcome.refuse(new Rejection.NotAnAssembly(body.id(), "admit people"));
        }
        if (body.hasMember(actor)) {
            return Outcome.refuse(new Rejection.AlreadyMember(actor, body.id()));
        }
        if (body.applications().containsKey(actor)) {
            return Outcome.refuse(new Rejection.AlreadyApplied(actor, body.id()));
        }
        List<Event> events = new ArrayList<>();
        events.add(new AdmissionApplied(now, body.id(), actor));
        if (body.charter().admission().byVote()) {
            if (c.vote() == null || state.proposal(c.vote()) != null) {
                return Outcome.refuse(new Rejection.IdInUse("proposal", String.valueOf(c.vote())));
            }
            events.addAll(ProposalRules.openedBy(state, c.vote(), body, actor, new Motion.AdmitMember(actor),
                    "Admit " + actor + " to " + body.name(), now));
        }
        return Outcome.accept(events);
    }

    private static Outcome sponsor(Body body, SponsorApplicant c, MemberId actor, Instant now) {
        if (!body.hasMember(actor)) {
            return Outcome.refuse(new Rejection.NotAMember(actor, body.id()));
        }
        if (body.charter().admission().byVote()) {
            return Outcome.refuse(new Rejection.WrongAdmissionRoute(body.id(), body.charter().admission().describe()));
        }
        Application a = body.applications().get(c.applicant());
        if (a == null || a.vote() != null || a.objectionDeadline() != null) {
            return Outcome.refuse(new Rejection.NoApplication(c.applicant(), body.id()));
        }
        if (a.sponsors().contains(actor)) {
            return Outcome.refuse(new Rejection.AlreadySponsored(actor, c.applicant()));
        }
        boolean complete = a.sponsors().size() + 1 >= body.charter().admission().sponsors();
        return Outcome.accept(new ApplicantSponsored(now, body.id(), c.applicant(), actor,
                complete ? now.plus(body.charter().admission().objectionWindow()) : null));
    }

    private static Outcome object(Federation state, Body body, ObjectToApplicant c, MemberId actor, Instant now) {
        if (!body.hasMember(actor)) {
            return Outcome.refuse(new Rejection.NotAMember(actor, body.id()));
        }
        Application a = body.applications().get(c.applicant());
        if (a == null || a.objectionDeadline() == null || !now.isBefore(a.objectionDeadline())) {
            return Outcome.refuse(new Rejection.NoApplication(c.applicant(), body.id()));
        }
        if (c.reason() == null || c.reason().isBlank()) {
            return Outcome.refuse(new Rejection.InvalidProposal("an objection must give its reason"));
        }
        ProposalId vote = voteFor(state, body, a);
        List<Event> events = new ArrayList<>();
        events.add(new ApplicantObjected(now, body.id(), c.applicant(), actor, c.reason(), vote));
        events.addAll(ProposalRules.openedBy(state, vote, body, actor, new Motion.AdmitMember(c.applicant()),
                "Admit " + c.applicant() + " to " + body.name() + " (objected)", now));
        return Outcome.accept(events);
    }

    /**
     * The admission vote an objection opens: named from the body and applicant, so scripts can find it;
     * an applicant objected to before (and refused, then applying again) gets the next free number.
     */
    static ProposalId voteFor(Federation state, Body body, Application a) {
        String base = body.id().value() + ".admit." + a.applicant().value();
        ProposalId vote = new ProposalId(org.mandate.core.Ids.derive(base));
        for (int n = 2; state.proposal(vote) != null; n++) {
            vote = new ProposalId(org.mandate.core.Ids.derive(base + "." + n));
        }
        return vote;
    }

    /** At the end of an unopposed objection window, the sponsored applicant is admitted. */
    public static List<Event> objectionsEnded(Federation state, Body body, MemberId applicant, Instant now) {
        Application a = body.applications().get(applicant);
        if (a == null || a.vote() != null || state.member(applicant) == null || body.hasMember(applicant)) {
            return List.of();
        }
        return List.of(new MemberAdmitted(now, body.id(), applicant, null));
    }
}
