package org.mandate.core.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.core.body.BodyEvent.*;
import org.mandate.core.charter.Charter;
import org.mandate.core.proposal.Motion.*;
import org.mandate.core.proposal.ProposalEvent.BodyVoteCast;
import org.mandate.core.proposal.ProposalEvent.DecisionAnnulled;

/** The events an adopted motion brings about. Its checks have already passed at the close. */
final class Effects {
    private Effects() {}

    static List<Event> of(Federation state, Body body, Proposal p, Instant now) {
        return switch (p.motion()) {
            case Resolution r -> List.of();
            case Choice c -> List.of();
            case Election e -> List.of();
            case AdmitMember a -> List.of(new MemberAdmitted(now, body.id(), a.member(), p.id()));
            case ExpelMember x -> List.of(new MemberExpelled(now, body.id(), x.member(), p.id()));
            case AmendCharter a -> List.of(new CharterAmended(now, body.id(), a.charter(), p.id()));
            case FoundCouncil f -> List.of(new CouncilFounded(now, f.council(), f.name(), f.axis(),
                    f.charter() == null ? Charter.defaultCouncil() : f.charter(), body.id(), f.cofounders(), p.id()));
            case JoinAsFounder j -> List.of(new FounderBodyJoined(now, j.council(), body.id(), p.id()));
            case ApplyToCouncil a -> {
                Body council = state.body(a.council());
                List<Event> events = new ArrayList<>();
                events.add(new CouncilApplicationFiled(now, council.id(), body.id(), p.id(), a.admissionVote()));
                events.addAll(ProposalRules.openedBy(state, a.admissionVote(), council, p.proposer(), new AdmitBody(body.id()),
                        "Admit " + body.name(), now));
                yield events;
            }
            case AdmitBody a -> List.of(new BodyAdmitted(now, body.id(), a.body(), p.id()));
            case Secede s -> List.of(new BodySeceded(now, s.council(), body.id(), p.id()));
            case EndAffiliation e -> List.of(new AffiliationEnded(now, body.id(), e.body(), p.id()));
            case GrantCompetence g -> List.of(new CompetenceGranted(now, body.id(), g.competence(), g.description(), p.id()));
            case RevokeCompetence r -> List.of(new CompetenceRevoked(now, body.id(), r.competence(), p.id()));
            case Annul a -> List.of(new DecisionAnnulled(now, a.decision(), p.id()));
            case CastBodyVote v -> List.of(new BodyVoteCast(now, v.proposal(), body.id(), v.ballot(), p.id()));
        };
    }

    /** A rejected admission vote refuses the application it decided. */
    static List<Event> ofRejection(Body body, Proposal p, Instant now) {
        if (p.motion() instanceof AdmitMember a && !body.hasMember(a.member())) {
            return List.of(new ApplicationRefused(now, body.id(), a.member(), p.id()));
        }
        return List.of();
    }
}
