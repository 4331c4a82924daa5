package org.mandate.core.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.MandateException;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.council.CouncilEvent.CongressConvened;
import org.mandate.core.petition.PetitionCommand.*;
import org.mandate.core.petition.PetitionEvent.*;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalRules;
import org.mandate.core.rule.Rejection;

/** Decides petitions: who may open and sign them, and what follows when one reaches its threshold. */
public final class PetitionRules {
    private PetitionRules() {}

    public static Outcome decide(Federation state, PetitionCommand command, Context ctx) {
        Rejection acting = ctx.notAMemberActing(state);
        if (acting != null) {
            return Outcome.refuse(acting);
        }
        MemberId actor = ctx.actor();
        return switch (command) {
            case OpenPetition c -> open(state, c, actor, ctx.now());
            case SignPetition c -> {
                Petition p = state.petitions().get(c.petition());
                if (p == null || p.succeeded()) {
                    yield Outcome.refuse(new Rejection.UnknownPetition(c.petition()));
                }
                Rejection r = memberMaySign(state, p, actor);
                if (r == null) {
                    r = stillHolding(state, p);
                }
                if (r != null) {
                    yield Outcome.refuse(r);
                }
                List<Event> events = new ArrayList<>();
                events.add(new PetitionSigned(ctx.now(), p.id(), actor));
                events.addAll(Thresholds.reached(state, p, p.memberSignatures().size() + 1, p.bodySignatures().size(), actor, ctx.now()));
                yield Outcome.accept(events);
            }
        };
    }

    private static Outcome open(Federation state, OpenPetition c, MemberId actor, Instant now) {
        if (!Ids.valid(c.petition()) || state.petitions().get(c.petition()) != null) {
            return Outcome.refuse(new Rejection.IdInUse("petition", c.petition()));
        }
        Body body = state.body(c.body());
        if (body == null) {
            return Outcome.refuse(new Rejection.UnknownBody(c.body()));
        }
        if (c.kind() == null) {
            return Outcome.refuse(new Rejection.InvalidProposal("a petition names its kind: recall, referendum or congress"));
        }
        Rejection r = switch (c.kind()) {
            case RECALL -> Recalls.holding(state, body.id(), c.target(), c.council(), c.office());
            case REFERENDUM -> !body.isCouncil() ? new Rejection.NotACouncil(body.id())
                    : c.title() == null || c.title().isBlank() ? new Rejection.InvalidProposal("a referendum petition states its question") : null;
            case CONGRESS -> !body.isCouncil() ? new Rejection.NotACouncil(body.id()) : null;
        };
        if (r != null) {
            return Outcome.refuse(r);
        }
        long[] needed = Thresholds.needed(state, c.kind(), body);
        PetitionOpened opened = new PetitionOpened(now, c.petition(), c.kind(), body.id(), actor,
                c.title() == null ? defaultTitle(c) : c.title(), c.text() == null ? "" : c.text(),
                c.kind() == PetitionKind.RECALL ? c.target() : null, c.kind() == PetitionKind.RECALL ? c.council() : null,
                c.kind() == PetitionKind.RECALL ? c.office() : null, needed[0], needed[1]);
        Petition draft = new Petition(opened.petition(), opened.kind(), opened.body(), actor, now, opened.title(), opened.text(),
                opened.target(), opened.council(), opened.office(), needed[0], needed[1]);
        boolean peopleSign = draft.membersNeeded() > 0;
        Rejection mayNot = peopleSign ? memberMaySign(state, draft, actor)
                : body.isAssembly() || beneath(state, actor, body.id()) ? null : new Rejection.NotAMember(actor, body.id());
        if (mayNot != null) {
            return Outcome.refuse(mayNot);
        }
        List<Event> events = new ArrayList<>();
        events.add(opened);
        if (peopleSign) {
            events.addAll(Thresholds.reached(state, draft, 1, 0, actor, now));
        }
        return Outcome.accept(events);
    }

    private static String defaultTitle(OpenPetition c) {
        return switch (c.kind()) {
            case RECALL -> "Recall " + c.target();
            case REFERENDUM -> "Referendum";
            case CONGRESS -> "Extraordinary congress of " + c.body();
        };
    }

    /** A member signs where people sign: a recall in an assembly, or a referendum of a council they are beneath. */
    private static Rejection memberMaySign(Federation state, Petition p, MemberId member) {
        Body body = state.body(p.body());
        if (p.memberSignatures().contains(member)) {
            return new Rejection.AlreadySigned(member.value(), p.id());
        }
        return switch (p.kind()) {
            case RECALL -> body.isAssembly() ? (body.hasMember(member) ? null : new Rejection.NotAMember(member, body.id()))
                    : new Rejection.CannotSign(member.value(), p.id(), "a council's member bodies sign its recalls, each by its own decision");
            case REFERENDUM -> beneath(state, member, body.id()) ? null : new Rejection.NotAMember(member, body.id());
            case CONGRESS -> new Rejection.CannotSign(member.value(), p.id(), "a congress is convened by member bodies, each by its own decision");
        };
    }

    /** Whether the member belongs to an assembly beneath the council. */
    private static boolean beneath(Federation state, MemberId member, BodyId council) {
        for (BodyId assembly : state.member(member).bodies()) {
            if (state.reachesUpward(assembly, council)) {
                return true;
            }
        }
        return false;
    }

    /** The thresholds a recall petition opened now by a recorded breach must reach; see {@link Thresholds#needed}. */
    public static long[] recallThresholds(Federation state, Body body) {
        return Thresholds.needed(state, PetitionKind.RECALL, body);
    }

    /** Whether a member body may sign this petition by its own decision; null when it may. */
    public static Rejection bodyMaySign(Federation state, String petition, BodyId signer) {
        Petition p = state.petitions().get(petition);
        if (p == null || p.succeeded()) {
            return new Rejection.UnknownPetition(petition);
        }
        if (p.bodySignatures().contains(signer)) {
            return new Rejection.AlreadySigned(signer.value(), petition);
        }
        Body body = state.body(p.body());
        if (body.isAssembly() || !body.memberBodies().containsKey(signer)) {
            return new Rejection.NotAffiliated(signer, p.body());
        }
        return stillHolding(state, p);
    }

    /** A recall petition recalls only someone who still holds the role: they may have been recalled, or their term ended, since it opened. */
    private static Rejection stillHolding(Federation state, Petition p) {
        return p.kind() == PetitionKind.RECALL ? Recalls.holding(state, p.body(), p.target(), p.council(), p.office()) : null;
    }

    /** The events of a member body's signature, decided by the body: the signature, and what follows if it completes the petition. */
    public static List<Event> bodySigned(Federation state, String petition, BodyId signer, ProposalId decision, MemberId proposer, Instant now) {
        Petition p = state.petitions().get(petition);
        List<Event> events = new ArrayList<>();
        events.add(new BodySignedPetition(now, petition, signer, decision));
        events.addAll(Thresholds.reached(state, p, p.memberSignatures().size(), p.bodySignatures().size() + 1, proposer, now));
        return events;
    }

    /** The congress a petition convenes sits long enough to debate and vote on a charter amendment. */
    static Event convene(Body council, Petition p, Instant now) {
        var rule = council.charter().rule(DecisionKind.CHARTER_AMENDMENT);
        return new CongressConvened(now, council.id(), p.id(), now.plus(rule.deliberation()).plus(rule.voting()));
    }

    /** What a successful petition opens by vote: a recall vote or the referendum itself. */
    static List<Event> openVote(Federation state, Petition p, Motion motion, MemberId proposer, Instant now) {
        return ProposalRules.openedBy(state, new ProposalId(p.id() + ".vote"), state.body(p.body()), proposer, motion, p.title(), p.text(), now);
    }

    public static void evolve(Federation state, PetitionEvent event) {
        switch (event) {
            case PetitionOpened e -> {
                Petition p = new Petition(e.petition(), e.kind(), e.body(), e.openedBy(), e.at(), e.title(), e.text(), e.target(),
                        e.council(), e.office(), e.membersNeeded(), e.bodiesNeeded());
                // where people sign, the opener is the first to; a congress or a council's recall is signed by bodies alone
                if (e.openedBy() != null && e.membersNeeded() > 0) {
                    p.sign(e.openedBy());
                }
                state.petitions().add(p);
            }
            case PetitionSigned e -> petition(state, e.petition()).sign(e.member());
            case BodySignedPetition e -> petition(state, e.petition()).sign(e.body());
            case PetitionSucceeded e -> petition(state, e.petition()).succeed();
            case Recalled e -> { }
        }
    }

    private static Petition petition(Federation state, String id) {
        Petition p = state.petitions().get(id);
        if (p == null) {
            throw new MandateException("event for unknown petition " + id + ": the log is not consistent");
        }
        return p;
    }
}
