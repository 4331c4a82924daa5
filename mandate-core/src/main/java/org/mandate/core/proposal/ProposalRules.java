package org.mandate.core.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.council.Seating;
import org.mandate.core.council.SessionRules;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.Method;
import org.mandate.core.proposal.Motion.ExpelMember;
import org.mandate.core.proposal.ProposalCommand.*;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.BallotCheck;

/** Decides proposal commands: who may submit, publish, amend, deliberate and vote, and when. */
public final class ProposalRules {
    private ProposalRules() {}

    public static Outcome decide(Federation state, ProposalCommand command, Context ctx) {
        Rejection acting = ctx.notAMemberActing(state);
        if (acting != null) {
            return Outcome.refuse(acting);
        }
        MemberId actor = ctx.actor();
        if (command instanceof SubmitProposal c) {
            return submit(state, c, ctx);
        }
        Proposal p = state.proposal(command.proposal());
        if (p == null) {
            return Outcome.refuse(new Rejection.UnknownProposal(command.proposal()));
        }
        Body body = state.body(p.body());
        Instant now = ctx.now();
        Rejection refusal = switch (command) {
            case SubmitProposal c -> throw new IllegalStateException("handled above");
            case PublishProposal c -> !actor.equals(p.proposer()) ? new Rejection.NotTheProposer(actor, p.id())
                    : p.phase() != Phase.DRAFT ? new Rejection.WrongPhase(p.id(), p.phase().words(), "a draft")
                    : publishable(state, body, p, c, now);
            case ProposeAmendment c -> !deliberating(p, now) ? deliberationOver(p)
                    : !Eligibility.takesPart(state, body, actor) ? new Rejection.NotAMember(actor, body.id())
                    : !Ids.valid(c.amendment()) || p.amendments().containsKey(c.amendment()) ? new Rejection.IdInUse("amendment", c.amendment())
                    : blank(c.text()) ? new Rejection.InvalidProposal("an amendment needs the text it proposes") : null;
            case AcceptAmendment c -> !actor.equals(p.proposer()) ? new Rejection.NotTheProposer(actor, p.id())
                    : !deliberating(p, now) ? deliberationOver(p) : openAmendment(p, c.amendment());
            case SupportAmendment c -> !deliberating(p, now) ? deliberationOver(p)
                    : body.isCouncil() ? new Rejection.InvalidProposal("in a council, only the proposer accepts amendments; member bodies decide on the final text")
                    : !p.onRoll(actor.value()) ? new Rejection.NotOnRoll(actor, p.id()) : openAmendment(p, c.amendment());
            case PostComment c -> p.phase() == Phase.DRAFT || p.phase() == Phase.CLOSED ? wrong(p, Phase.DELIBERATION)
                    : !Eligibility.takesPart(state, body, actor) && !(body.isAssembly() && p.onRoll(actor.value())) ? new Rejection.NotAMember(actor, body.id())
                    : !Ids.valid(c.comment()) || p.comments().stream().anyMatch(x -> x.id().equals(c.comment())) ? new Rejection.IdInUse("comment", c.comment())
                    : blank(c.text()) ? new Rejection.InvalidProposal("a comment needs text")
                    : c.replyTo() != null && p.comments().stream().noneMatch(x -> x.id().equals(c.replyTo()))
                            ? new Rejection.InvalidProposal("there is no comment '" + c.replyTo() + "' to reply to") : null;
            case ReplyToExpulsion c -> !(p.motion() instanceof ExpelMember x && x.member().equals(actor)) ? new Rejection.NotTheSubject(actor, p.id())
                    : !deliberating(p, now) ? deliberationOver(p)
                    : blank(c.text()) ? new Rejection.InvalidProposal("a reply needs text") : null;
            case WithdrawProposal c -> !actor.equals(p.proposer()) ? new Rejection.NotTheProposer(actor, p.id())
                    : p.phase() == Phase.VOTING || p.phase() == Phase.CLOSED
                            ? new Rejection.WrongPhase(p.id(), p.phase().words(), "a draft or in deliberation") : null;
            case CastVote c -> voteRefusal(body, p, actor, c.ballot(), now);
            case StandForElection c -> p.motion().kind() != org.mandate.core.charter.DecisionKind.ELECTION
                    ? new Rejection.InvalidProposal(p.id() + " is not an election")
                    : p.phase() != Phase.DRAFT && !deliberating(p, now) ? deliberationOver(p)
                    : !Eligibility.takesPart(state, body, actor) ? new Rejection.NotAMember(actor, body.id())
                    : p.options().contains(actor.value()) ? new Rejection.InvalidProposal(actor + " already stands in " + p.id())
                    : p.options().size() >= org.mandate.core.rule.Limits.OPTIONS
                            ? new Rejection.TooLong("list of candidates", org.mandate.core.rule.Limits.OPTIONS)
                    : Candidates.problem(state, body, p.motion(), actor);
            case WithdrawObjection c -> p.phase() != Phase.VOTING ? wrong(p, Phase.VOTING)
                    : !now.isBefore(p.closesAt()) ? new Rejection.WindowClosed(p.id(), p.closesAt())
                    : body.isCouncil() || p.rule().method() != Method.CONSENT
                            || !(p.allBallots().get(actor.value()) instanceof Ballot.Consent b && b.objection())
                            ? new Rejection.NoStandingObjection(actor, p.id()) : null;
        };
        if (refusal != null) {
            return Outcome.refuse(refusal);
        }
        return Outcome.accept(switch (command) {
            case SubmitProposal c -> throw new IllegalStateException("handled above");
            case PublishProposal c -> publication(state, body, p.id(), p.motion(), p.competence(), ruleFor(state, body, p.motion()),
                    c.deliberation(), c.voting(), now);
            case ProposeAmendment c -> List.of(new AmendmentProposed(now, p.id(), c.amendment(), actor, c.text()));
            case AcceptAmendment c -> amendmentAccepted(state, p, c.amendment(), now);
            case SupportAmendment c -> List.of(new AmendmentSupported(now, p.id(), c.amendment(), actor, c.support()));
            case PostComment c -> List.of(new CommentPosted(now, p.id(), c.comment(), actor, c.text(), c.replyTo()));
            case ReplyToExpulsion c -> List.of(new ExpulsionReplied(now, p.id(), actor, c.text()));
            case WithdrawProposal c -> List.of(new ProposalWithdrawn(now, p.id()));
            case CastVote c -> List.of(p.rule().secret()
                    ? new SealedVoteCast(now, p.id(), actor, new Sealed(c.ballot()))
                    : new VoteCast(now, p.id(), actor, c.ballot()));
            case StandForElection c -> List.of(new CandidateStood(now, p.id(), actor));
            case WithdrawObjection c -> List.of(new ObjectionWithdrawn(now, p.id(), actor));
        });
    }

    /**
     * An accepted amendment changes the text: body votes given on the earlier text are void, and so are
     * mandates on a delegates' item, unless the body said they survive amendments; the item goes back to those bodies.
     */
    private static List<Event> amendmentAccepted(Federation state, Proposal p, String amendment, Instant now) {
        List<Event> events = new ArrayList<>(2);
        events.add(new AmendmentAccepted(now, p.id(), amendment, bodyVoters(p)));
        var book = state.sessions().item(p.id());
        if (book != null) {
            List<org.mandate.core.BodyId> voided = book.mandates().entrySet().stream()
                    .filter(e -> !e.getValue().survivesAmendment()).map(java.util.Map.Entry::getKey).sorted().toList();
            if (!voided.isEmpty()) {
                events.add(new CouncilEvent.MandatesVoided(now, p.body(), p.id(), voided));
            }
        }
        return events;
    }

    private static Outcome submit(Federation state, SubmitProposal c, Context ctx) {
        if (c.proposal() == null || state.proposal(c.proposal()) != null) {
            return Outcome.refuse(new Rejection.IdInUse("proposal", String.valueOf(c.proposal())));
        }
        Body body = state.body(c.body());
        if (body == null) {
            return Outcome.refuse(new Rejection.UnknownBody(c.body()));
        }
        if (!Eligibility.takesPart(state, body, ctx.actor())) {
            return Outcome.refuse(new Rejection.NotAMember(ctx.actor(), body.id()));
        }
        if (blank(c.title()) || c.motion() == null) {
            return Outcome.refuse(new Rejection.InvalidProposal("a proposal needs a title and a motion"));
        }
        List<String> options = c.motion() instanceof Motion.DecideItem d && state.proposal(d.item()) != null
                ? state.proposal(d.item()).options() : c.options();
        Rejection r = MotionChecks.atSubmission(state, body, c.proposal(), c.motion(), options, c.competence(), ctx.now());
        if (r != null) {
            return Outcome.refuse(r);
        }
        return Outcome.accept(new ProposalSubmitted(ctx.now(), c.proposal(), body.id(), ctx.actor(), c.title(),
                c.text() == null ? "" : c.text(), c.motion(), options, c.competence()));
    }

    private static Rejection publishable(Federation state, Body body, Proposal p, PublishProposal c, Instant now) {
        DecisionRule rule = ruleFor(state, body, p.motion());
        if (c.deliberation() != null && c.deliberation().compareTo(rule.deliberation()) < 0
                || c.voting() != null && c.voting().compareTo(rule.voting()) < 0) {
            return new Rejection.InvalidProposal("the charter gives " + rule.deliberation() + " of deliberation and "
                    + rule.voting() + " of voting; a proposer may lengthen these windows but not shorten them");
        }
        boolean nominations = p.motion().kind() == org.mandate.core.charter.DecisionKind.ELECTION;
        if (rule.method().choosesOptions() ? p.options().isEmpty() && !nominations : !p.options().isEmpty()) {
            return new Rejection.InvalidProposal("the charter decides this kind by " + rule.method().name().toLowerCase()
                    + (rule.method().choosesOptions() ? ", which needs options" : ", which takes no options"));
        }
        return MotionChecks.whileStanding(state, body, p.id(), p.motion(), now);
    }

    /** The events that publish a proposal: the roll freezes now, and with no deliberation time the vote opens at once. */
    static List<Event> publication(Federation state, Body body, ProposalId id, Motion motion, String competence, DecisionRule rule,
            Duration deliberation, Duration voting, Instant now) {
        Instant opens = now.plus(deliberation == null ? rule.deliberation() : deliberation);
        Instant closes = opens.plus(voting == null ? rule.voting() : voting);
        List<Event> events = new ArrayList<>(3);
        events.add(new ProposalPublished(now, id, rule, opens, closes));
        if (Seating.byDelegates(body, motion.kind())) {
            List<org.mandate.core.BodyId> referred = SessionRules.referrals(state, body.id(), id, competence,
                    Seating.apportion(state, body).seats().entrySet().stream().filter(e -> e.getValue() > 0).map(java.util.Map.Entry::getKey).toList());
            if (!referred.isEmpty()) {
                events.add(new CouncilEvent.ItemReferred(now, body.id(), id, referred));
            }
        }
        if (!opens.isAfter(now)) {
            events.add(new VotingOpened(now, id));
        }
        return events;
    }

    /**
     * The rule a proposal is decided under: its body's charter rule for its kind; for a body's own vote
     * on a council item, the item's method and options with the body's own quorum, windows and secrecy.
     */
    static DecisionRule ruleFor(Federation state, Body body, Motion motion) {
        DecisionRule own = body.charter().rule(motion.kind());
        if (motion instanceof Motion.DecideItem d) {
            DecisionRule item = state.proposal(d.item()).rule();
            return new DecisionRule(item.method(), own.quorum(), item.threshold(), item.strict(), item.abstentionsCount(),
                    own.deliberation(), own.voting(), own.secret(), item.blockThreshold(), item.maxStandAsides(), item.maxScore());
        }
        return own;
    }

    /**
     * The events that submit and publish at once a proposal the federation opens by itself (an
     * admission vote opened by an application), under the body's charter rule for its kind.
     */
    public static List<Event> openedBy(Federation state, ProposalId id, Body body, MemberId proposer, Motion motion,
            String title, Instant now) {
        return openedBy(state, id, body, proposer, motion, title, "", now);
    }

    public static List<Event> openedBy(Federation state, ProposalId id, Body body, MemberId proposer, Motion motion,
            String title, String text, Instant now) {
        return openedBy(state, id, body, proposer, motion, title, text, null, now);
    }

    /** As above, with a longer deliberation than the charter's (never a shorter one). */
    public static List<Event> openedBy(Federation state, ProposalId id, Body body, MemberId proposer, Motion motion,
            String title, String text, Duration deliberation, Instant now) {
        List<Event> events = new ArrayList<>(3);
        events.add(new ProposalSubmitted(now, id, body.id(), proposer, title, text, motion, List.of(), null));
        events.addAll(publication(state, body, id, motion, null, ruleFor(state, body, motion), deliberation, null, now));
        return events;
    }

    private static Rejection voteRefusal(Body body, Proposal p, MemberId actor, Ballot ballot, Instant now) {
        if (body.isCouncil() && !(p.roll() instanceof Roll.People)) {
            return new Rejection.InvalidProposal("in a council the member bodies vote, each by its own decision or through their delegates");
        }
        if (p.phase() != Phase.VOTING) {
            return p.phase() == Phase.CLOSED && p.closesAt() != null ? new Rejection.WindowClosed(p.id(), p.closesAt()) : wrong(p, Phase.VOTING);
        }
        if (!now.isBefore(p.closesAt())) {
            return new Rejection.WindowClosed(p.id(), p.closesAt());
        }
        if (!p.onRoll(actor.value())) {
            return new Rejection.NotOnRoll(actor, p.id());
        }
        if (p.hasVoted(actor.value())) {
            return new Rejection.AlreadyVoted(actor.value(), p.id());
        }
        String problem = BallotCheck.problem(p.rule(), p.options(), ballot);
        return problem == null ? null : new Rejection.BallotDoesNotFit(p.id(), problem);
    }

    private static Rejection openAmendment(Proposal p, String amendment) {
        Amendment a = p.amendment(amendment);
        return a == null || a.status() != Amendment.Status.OPEN ? new Rejection.UnknownAmendment(p.id(), amendment) : null;
    }

    /**
     * Deliberation ends at its time, not at the tick that opens the vote: what belongs to deliberation
     * (amendments, support, a reply, standing as a candidate) is judged against the record's times.
     */
    private static boolean deliberating(Proposal p, Instant now) {
        return p.phase() == Phase.DELIBERATION && now.isBefore(p.votingOpensAt());
    }

    private static Rejection deliberationOver(Proposal p) {
        return p.phase() == Phase.DELIBERATION ? new Rejection.WrongPhase(p.id(), "past its deliberation, which ended at " + p.votingOpensAt(),
                Phase.DELIBERATION.words()) : wrong(p, Phase.DELIBERATION);
    }

    private static Rejection wrong(Proposal p, Phase needed) {
        return new Rejection.WrongPhase(p.id(), p.phase().words(), needed.words());
    }

    static List<String> bodyVoters(Proposal p) {
        return p.roll() instanceof Roll.Bodies ? p.allBallots().keySet().stream().sorted().toList() : List.of();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
