package org.mandate.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.PlanEvent.PlanPeriodOpened;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Proposal;

/**
 * One plan period as folded from the record: its catalogue and settings, each body's statement, the
 * rounds published, the human rounds and the proposals bodies made in them, each body's current
 * proposal, the ratifications and the adoption.
 */
public final class Plan {
    private final PlanPeriodOpened opened;
    private final Map<BodyId, Statement> statements = new LinkedHashMap<>();
    private final List<RoundFigures> rounds = new ArrayList<>();
    private final Map<Integer, Map<BodyId, Quantities>> own = new TreeMap<>();
    private final Map<BodyId, Quantities> current = new LinkedHashMap<>();
    private final Map<BodyId, Integer> ratified = new LinkedHashMap<>();
    private final List<Integer> humanRounds = new ArrayList<>();
    private Instant humanUntil;
    private boolean humanOpen;
    private Ending ending;
    private List<String> blocking = List.of();
    private String why;
    private int proposalsRound;
    private PlanEvent.PlanAdopted adopted;

    /** What a body stated: techniques (a workers' council) or requests (a consumers' council), never both. */
    public record Statement(BodyId body, List<Technique> techniques, List<Request> requests, Instant at) {
        public boolean workers() { return requests.isEmpty(); }
    }

    /** Each good's place in the catalogue: every statement, round and balance looks goods up by id. */
    private final Map<String, Integer> index = new java.util.HashMap<>();

    Plan(PlanPeriodOpened opened) {
        this.opened = opened;
        for (int i = 0; i < opened.goods().size(); i++) {
            index.putIfAbsent(opened.goods().get(i).id(), i);
        }
    }

    public String id() { return opened.plan(); }
    public BodyId council() { return opened.council(); }
    public LocalDate from() { return opened.from(); }
    public LocalDate to() { return opened.to(); }
    public List<PlanGood> goods() { return opened.goods(); }
    public int tolerancePermille() { return opened.tolerancePermille(); }
    public int humanRoundsAllowed() { return opened.humanRounds(); }
    public Instant balanceAt() { return opened.balanceAt(); }
    public ProposalId decision() { return opened.decision(); }
    public Instant openedAt() { return opened.at(); }

    /** The good's place in the catalogue, or -1 when the catalogue has no such good. */
    public int goodIndex(String good) {
        Integer i = good == null ? null : index.get(good);
        return i == null ? -1 : i;
    }

    public PlanPhase phase(Federation state) {
        if (adopted != null) {
            return PlanPhase.ADOPTED;
        }
        Proposal decision = state.proposal(opened.decision());
        if (decision != null && decision.annulledBy() != null) {
            return PlanPhase.ANNULLED;
        }
        if (humanOpen) {
            return PlanPhase.HUMAN_ROUND;
        }
        if (ending == null) {
            return PlanPhase.GATHERING;
        }
        return switch (ending) {
            case BALANCED -> PlanPhase.BALANCED;
            case UNSETTLED -> PlanPhase.UNSETTLED;
            case BLOCKED -> PlanPhase.BLOCKED;
        };
    }

    /** When the server next runs rounds, or null: the first balancing, then the end of each human round. */
    public Instant dueAt(Federation state) {
        return switch (phase(state)) {
            case GATHERING -> opened.balanceAt();
            case HUMAN_ROUND -> humanUntil;
            default -> null;
        };
    }

    public Map<BodyId, Statement> statements() { return Collections.unmodifiableMap(statements); }
    public Statement statement(BodyId body) { return statements.get(body); }
    public List<RoundFigures> rounds() { return Collections.unmodifiableList(rounds); }
    public int lastRound() { return rounds.size(); }
    /** The bodies' own proposals by human round, in round order. */
    public Map<Integer, Map<BodyId, Quantities>> ownProposals() { return Collections.unmodifiableMap(own); }

    /**
     * The own proposals standing in round {@code round}: each body's latest, decided in a human round
     * up to it. A body's decision stands until it decides again; no automated round revises it.
     */
    public Map<BodyId, Quantities> standingOwn(int round) {
        Map<BodyId, Quantities> standing = new LinkedHashMap<>();
        own.forEach((human, proposals) -> {
            if (human <= round) {
                standing.putAll(proposals);
            }
        });
        return standing;
    }
    /** Each body's proposal after the last stretch, computed or its own. */
    public Map<BodyId, Quantities> proposals() { return Collections.unmodifiableMap(current); }
    /** The round after which the current proposals were recorded (0 before any). */
    public int proposalsRound() { return proposalsRound; }
    public Map<BodyId, Integer> ratified() { return Collections.unmodifiableMap(ratified); }
    /** Whether the body ratified its current proposal. */
    public boolean ratifiedCurrent(BodyId body) { return current.containsKey(body) && Integer.valueOf(proposalsRound).equals(ratified.get(body)); }
    /** Round numbers of the human rounds called, in order. */
    public List<Integer> humanRounds() { return Collections.unmodifiableList(humanRounds); }
    public int humanRoundsLeft() { return opened.humanRounds() - humanRounds.size(); }
    /** The human round open now, or 0. */
    public int openHumanRound() { return humanOpen ? humanRounds.get(humanRounds.size() - 1) : 0; }
    public Instant humanUntil() { return humanUntil; }
    public Ending ending() { return ending; }
    public List<String> blocking() { return blocking; }
    /** Why the plan is blocked, in the procedure's words; null unless blocked. */
    public String why() { return why; }
    public PlanEvent.PlanAdopted adopted() { return adopted; }

    void state(Statement statement) { statements.put(statement.body(), statement); }

    void humanRound(int round, Instant until) {
        humanRounds.add(round);
        humanUntil = until;
        humanOpen = true;
        ratified.clear();
    }

    void own(int round, Quantities proposal) { own.computeIfAbsent(round, r -> new LinkedHashMap<>()).put(proposal.body(), proposal); }

    void round(RoundFigures figures) {
        rounds.add(figures);
        humanOpen = false;
    }

    void computed(int round, Quantities proposal) {
        if (round != proposalsRound) {
            current.clear();
            proposalsRound = round;
        }
        current.put(proposal.body(), proposal);
    }

    void ended(Ending how, List<String> goods, String reason) {
        ending = how;
        blocking = List.copyOf(goods);
        why = reason;
        humanOpen = false;
    }

    void ratify(BodyId body, int round) { ratified.put(body, round); }

    void adopt(PlanEvent.PlanAdopted event) { adopted = event; }
}
