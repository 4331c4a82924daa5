package org.mandate.core.body;

import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.MemberId;
import org.mandate.core.body.BodyEvent.*;
import org.mandate.core.clock.Due;
import org.mandate.core.member.Member;

/** Folds body events into the state. */
public final class BodyEvolution {
    private BodyEvolution() {}

    public static void evolve(Federation state, BodyEvent event) {
        if (event instanceof AssemblyFounded e) {
            Body body = new Body(e.body(), BodyType.ASSEMBLY, e.name(), null, e.at(), e.charter());
            state.add(body);
            admit(state, body, e.founder(), e);
            body.expectFounders(e.cofounders());
            return;
        }
        if (event instanceof CouncilFounded e) {
            Body council = new Body(e.body(), BodyType.COUNCIL, e.name(), e.axis(), e.at(), e.charter());
            state.add(council);
            affiliate(state, council, e.founder(), e);
            council.expectFounderBodies(e.cofounders());
            return;
        }
        Body body = state.body(event.body());
        if (body == null) {
            throw new MandateException("event for unknown body " + event.body() + ": the log is not consistent");
        }
        switch (event) {
            case AssemblyFounded e -> throw new IllegalStateException("handled above");
            case CouncilFounded e -> throw new IllegalStateException("handled above");
            case FounderJoined e -> admit(state, body, e.member(), e);
            case AdmissionApplied e -> body.openApplication(e.applicant(), e.at());
            case ApplicantSponsored e -> {
                Application a = body.applications().get(e.applicant());
                a.sponsoredBy(e.sponsor());
                if (e.objectionsUntil() != null) {
                    a.objectionWindowUntil(e.objectionsUntil());
                    state.schedule().add(objectionsEnd(body.id(), e.applicant(), e.objectionsUntil()));
                }
            }
            case ApplicantObjected e -> {
                Application a = body.applications().get(e.applicant());
                state.schedule().remove(objectionsEnd(body.id(), e.applicant(), a.objectionDeadline()));
                a.decidedBy(e.vote());
            }
            case MemberAdmitted e -> admit(state, body, e.member(), e);
            case ApplicationRefused e -> body.closeApplication(e.applicant());
            case MemberLeft e -> remove(state, body, e.member());
            case MemberExpelled e -> remove(state, body, e.member());
            case CharterAmended e -> body.charter(e.charter());
            case FounderBodyJoined e -> affiliate(state, body, e.member(), e);
            case CouncilApplicationFiled e -> { }
            case BodyAdmitted e -> affiliate(state, body, e.member(), e);
            case BodySeceded e -> disaffiliate(state, body, e.member());
            case AffiliationEnded e -> disaffiliate(state, body, e.member());
            case CompetenceGranted e -> body.grant(new Competence(e.competence(), e.description(), e.at(), e.decision()));
            case CompetenceRevoked e -> body.revoke(e.competence());
        }
    }

    /** The due item that admits a sponsored applicant once the objection window has passed unopposed. */
    public static Due objectionsEnd(BodyId body, MemberId applicant, java.time.Instant at) {
        return new Due(at, Due.What.OBJECTIONS_END, body.value() + "/" + applicant.value());
    }

    private static void admit(Federation state, Body body, MemberId member, BodyEvent e) {
        Application a = body.applications().get(member);
        if (a != null && a.objectionDeadline() != null) {
            state.schedule().remove(objectionsEnd(body.id(), member, a.objectionDeadline()));
        }
        body.addMember(member, e.at(), state.eventCount());
        Member m = state.member(member);
        if (m != null) {
            m.joined(body.id(), state.eventCount());
        }
    }

    private static void remove(Federation state, Body body, MemberId member) {
        body.removeMember(member, state.eventCount());
        Member m = state.member(member);
        if (m != null) {
            m.left(body.id(), state.eventCount());
        }
    }

    private static void affiliate(Federation state, Body council, BodyId member, BodyEvent e) {
        council.addMemberBody(member, e.at());
        state.body(member).joinedCouncil(council.id(), e.at());
    }

    private static void disaffiliate(Federation state, Body council, BodyId member) {
        council.removeMemberBody(member);
        state.body(member).leftCouncil(council.id());
    }
}
