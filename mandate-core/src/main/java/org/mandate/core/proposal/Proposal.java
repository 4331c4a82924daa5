package org.mandate.core.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;

/**
 * A proposal as the record has made it so far. Mutated only by {@link ProposalRules#evolve}.
 *
 * <p>Voters are named by text: a member id when an assembly decides, a member body's id when a
 * council's member bodies decide. The roll, frozen at publication, gives each voter a weight.
 */
public final class Proposal {
    private final ProposalId id;
    private final BodyId body;
    private final MemberId proposer;
    private final Motion motion;
    private final String title;
    private final List<String> options;
    private final String competence;
    private final Instant submittedAt;
    private String text;
    private Phase phase = Phase.DRAFT;

    private DecisionRule rule;
    private Instant publishedAt;
    private Instant votingOpensAt;
    private Instant closesAt;
    private Roll roll = Roll.NONE;

    private final Ballots ballots = new Ballots();
    private final List<Ballot> unsealed = new ArrayList<>();
    private final Map<String, Amendment> amendments = new LinkedHashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private String reply;
    private Result result;
    private boolean withdrawn;
    private Instant closedAt;
    private ProposalId annulledBy;
    private java.util.Map<org.mandate.core.BodyId, Referendums.Figure> breakdown;

    public Proposal(ProposalId id, BodyId body, MemberId proposer, Motion motion, String title, String text,
            List<String> options, String competence, Instant submittedAt) {
        this.submittedAt = submittedAt;
        this.id = id;
        this.body = body;
        this.proposer = proposer;
        this.motion = motion;
        this.title = title;
        this.text = text;
        this.options = new java.util.ArrayList<>(options);
        this.competence = competence;
    }

    public ProposalId id() { return id; }

    public BodyId body() { return body; }

    public MemberId proposer() { return proposer; }

    public Motion motion() { return motion; }

    public String title() { return title; }

    public String text() { return text; }

    public List<String> options() { return java.util.Collections.unmodifiableList(options); }

    public String competence() { return competence; }

    public Phase phase() { return phase; }

    public Instant submittedAt() { return submittedAt; }

    /** The charter's rule as it stood at publication: a later amendment of the charter does not change a running vote. */
    public DecisionRule rule() { return rule; }

    /** The freeze date: the roll is the body's membership at this instant. */
    public Instant publishedAt() { return publishedAt; }

    public Instant votingOpensAt() { return votingOpensAt; }

    public Instant closesAt() { return closesAt; }

    /** The voter roll frozen at publication: members of an assembly, or member bodies of a council with their weights. */
    public Roll roll() { return roll; }

    public long rollWeight() { return roll.total(); }

    public boolean onRoll(String voter) { return roll.contains(voter); }

    public boolean hasVoted(String voter) { return ballots.containsKey(voter); }

    /** Whether the vote is still open and secret ballots read back from the public log alone wait for their content, kept beside the log. */
    public boolean awaitsSealedBallots() { return phase != Phase.CLOSED && ballots.containsValue(ProposalEvolution.SEALED_ELSEWHERE); }

    /** Who has voted. For a secret ballot, what they voted stays out of reach until the close. */
    public java.util.Set<String> participants() { return Collections.unmodifiableSet(ballots.keySet()); }

    /** Open ballots by voter; empty for a secret ballot. */
    public Map<String, Ballot> openBallots() { return rule != null && rule.secret() ? Map.of() : Collections.unmodifiableMap(ballots); }

    /** The secret ballots published at the close, sorted. */
    public List<Ballot> unsealedBallots() { return Collections.unmodifiableList(unsealed); }

    /** For the count only: every ballot by voter, sealed ones included. */
    Map<String, Ballot> allBallots() { return ballots; }

    public Map<String, Amendment> amendments() { return Collections.unmodifiableMap(amendments); }

    public List<Comment> comments() { return Collections.unmodifiableList(comments); }

    /** For an expulsion: the member's reply, recorded before the vote. */
    public String reply() { return reply; }

    public Result result() { return result; }

    public boolean withdrawn() { return withdrawn; }

    public Instant closedAt() { return closedAt; }

    /** The annulment decision that struck this decision down, or null. */
    public ProposalId annulledBy() { return annulledBy; }

    public boolean adopted() { return result != null && result.adopted() && annulledBy == null; }

    void publish(DecisionRule r, Instant at, Instant opens, Instant closes, Roll frozenRoll) {
        rule = r;
        publishedAt = at;
        votingOpensAt = opens;
        closesAt = closes;
        roll = frozenRoll;
        phase = Phase.DELIBERATION;
    }

    void openVoting() { phase = Phase.VOTING; }

    void text(String value) { text = value; }

    void addOption(String option) { options.add(option); }

    /** A referendum's figures per body, fixed at its close. */
    public java.util.Map<org.mandate.core.BodyId, Referendums.Figure> breakdown() { return breakdown; }

    void breakdown(java.util.Map<org.mandate.core.BodyId, Referendums.Figure> value) { breakdown = value; }

    void ballot(String voter, Ballot ballot) { ballots.put(voter, ballot); }

    void clearBallots(java.util.Collection<String> voters) { ballots.removeAll(voters); }

    void unseal(List<Ballot> sorted) { unsealed.addAll(sorted); }

    Amendment amendment(String amendmentId) { return amendments.get(amendmentId); }

    void add(Amendment amendment) { amendments.put(amendment.id(), amendment); }

    void add(Comment comment) { comments.add(comment); }

    void reply(String value) { reply = value; }

    void close(Instant at, Result r) {
        phase = Phase.CLOSED;
        closedAt = at;
        result = r;
        ballots.freeze();
    }

    void withdraw(Instant at) {
        phase = Phase.CLOSED;
        closedAt = at;
        withdrawn = true;
        ballots.freeze();
    }

    void annulledBy(ProposalId decision) { annulledBy = decision; }
}
