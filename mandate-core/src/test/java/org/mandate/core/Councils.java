package org.mandate.core;

import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.charter.Method;
import org.mandate.core.council.CouncilCommand;
import org.mandate.core.council.Instruction;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/** Short hands for scenarios about delegates, mandates, seats, petitions and offices (Governance core II). */
public final class Councils {
    private Councils() {}

    /** Council rules with delegates voting, the given seats and referral rule, and thresholds from below no single signature reaches. */
    public static CouncilRules delegatesVote(Apportionment.Rule seats, CouncilRules.Referral referral) {
        return new CouncilRules(CouncilRules.VotingBy.DELEGATES, seats, referral, Fraction.of(1, 3), Fraction.of(2, 3),
                Fraction.of(1, 2), CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE);
    }

    /** A quick council charter whose ordinary business, choices, elections and admissions are voted by delegates, one seat per body. */
    public static Charter delegatesCouncil() {
        return quickCouncil().withCouncil(delegatesVote(Apportionment.Rule.onePerBody(), CouncilRules.Referral.ABSTAIN));
    }

    /** Delegation rules: a term of {@code term}, two consecutive terms, refusing breaches, half the members to recall, instant recall. */
    public static DelegationRules delegation(Duration term, int maxTerms, DelegationRules.BreachPolicy breach, boolean breachOpensRecall,
            boolean instantRecall) {
        return new DelegationRules(term, maxTerms, breach, breachOpensRecall, Fraction.HALF, instantRecall);
    }

    public static DelegationRules delegation() {
        return delegation(Duration.ofDays(30), 2, DelegationRules.BreachPolicy.REFUSE, false, true);
    }

    /**
     * A quick assembly charter with these delegation rules; elections deliberate for a day so that
     * candidates can stand in by-elections the federation opens by itself.
     */
    public static Charter assemblyCharter(DelegationRules rules) {
        return quickAssembly().withDelegation(rules)
                .withRule(DecisionKind.ELECTION, DecisionRule.of(Method.STV, Fraction.of(1, 3)).withSecret(true).withWindows(DAY, DAY));
    }

    /** {@code founder} founds the council with this charter, naming the others, who each join by their own decision. */
    public static void found(Scenario s, String council, String axis, Charter charter, String founder, String... others) {
        adopt(s, founder, founder + ".found." + council, new Motion.FoundCouncil(b(council), "Council " + council, axis, charter,
                Arrays.stream(others).map(BodyId::new).toList()));
        for (String other : others) {
            adopt(s, other, other + ".join." + council, new Motion.JoinAsFounder(b(council)));
        }
    }

    /** The member bodies of a council grant it a competence (ratified body by body, whoever votes its ordinary business). */
    public static void grant(Scenario s, String council, String competence) {
        councilAdopts(s, council, council + ".grant." + competence, new Motion.GrantCompetence(competence, "All about " + competence), null);
    }

    public static Ballot ranking(String... candidates) {
        return new Ballot.Ranking(Arrays.stream(candidates).map(List::of).toList());
    }

    /**
     * The assembly elects its delegates to the council: the candidates stand in this order, every member
     * ranks them in this order, and the vote closes. Returns the closing tick's events.
     */
    public static List<Event> electDelegates(Scenario s, String body, String council, int alternates, String... candidates) {
        String id = body + ".delegates." + council + "." + s.state().proposals().size();
        List<String> members = membersOf(s, body);
        s.given(members.get(0), new ProposalCommand.SubmitProposal(p(id), b(body), "Delegates to " + council, "", new Motion.ElectDelegates(b(council),
                alternates), List.of(candidates), null));
        s.given(members.get(0), publish(id));
        s.at(s.state().proposal(p(id)).votingOpensAt());
        s.tick();
        for (String m : members) {
            s.given(m, vote(id, ranking(candidates)));
        }
        return closeVote(s, id);
    }

    /** A member beneath the council puts a resolution relying on {@code competence} to it, with a voting window of {@code voting}. */
    public static void putItem(Scenario s, String proposer, String council, String item, String competence, Duration voting) {
        s.given(proposer, new ProposalCommand.SubmitProposal(p(item), b(council), "Item " + item, "Text of " + item, new Motion.Resolution(),
                List.of(), competence));
        s.given(proposer, new ProposalCommand.PublishProposal(p(item), null, voting));
    }

    /** The assembly adopts a mandate to its delegates on the item. */
    public static List<Event> mandate(Scenario s, String body, String council, String item, Instruction instruction) {
        return adopt(s, body, body + ".mandate." + item + "." + s.state().proposals().size(),
                new Motion.GiveMandate(b(council), item == null ? null : p(item), instruction, false));
    }

    public static Instruction.Fixed fixed(Ballot ballot) {
        return new Instruction.Fixed(ballot);
    }

    public static CouncilCommand.CastSeatVote seatVote(String item, String body, Ballot ballot) {
        return new CouncilCommand.CastSeatVote(p(item), b(body), ballot);
    }

    /**
     * The assembly decides the council item itself: {@code ayes} vote yes, {@code noes} no, the rest
     * abstain; with {@code split}, the delegates then cast the members' ballots. Returns the closing tick's events.
     */
    public static List<Event> decideItem(Scenario s, String body, String decision, String item, boolean split, List<String> ayes,
            List<String> noes) {
        List<String> members = membersOf(s, body);
        openVote(s, members.get(0), submit(decision, body, new Motion.DecideItem(p(item), split)));
        for (String m : members) {
            s.given(m, vote(decision, ayes.contains(m) ? yes() : noes.contains(m) ? no() : abstain()));
        }
        return closeVote(s, decision);
    }

    /**
     * The body elects {@code holder} to an office with these permissions: an assembly's members rank
     * them first; a council's member bodies do, each by its own decision, the council relying on
     * {@code competence}.
     */
    public static List<Event> electOffice(Scenario s, String body, String office, List<org.mandate.core.office.Permission> permissions,
            String holder, String competence) {
        String id = body + "." + office + "." + s.state().proposals().size();
        String proposer = s.state().peopleBeneath(b(body)).stream().map(org.mandate.core.MemberId::value).sorted().findFirst().orElseThrow();
        Motion motion = new Motion.ElectOffice(office, permissions, 1);
        s.given(proposer, new ProposalCommand.SubmitProposal(p(id), b(body), "Elect " + office, "", motion, List.of(holder), competence));
        if (s.state().body(b(body)).isAssembly()) {
            s.given(proposer, publish(id));
            s.at(s.state().proposal(p(id)).votingOpensAt());
            s.tick();
            for (String m : membersOf(s, body)) {
                s.given(m, vote(id, ranking(holder)));
            }
        } else {
            var rule = s.state().body(b(body)).charter().rule(motion.kind());
            s.given(proposer, new ProposalCommand.PublishProposal(p(id), null, rule.voting().plus(Duration.ofDays(6))));
            for (String voter : s.state().proposal(p(id)).roll().asMap().keySet().stream().sorted().toList()) {
                bodyVotes(s, voter, id, ranking(holder));
            }
        }
        return closeVote(s, id);
    }

    /** An assembly elects {@code holder} to an office with these permissions. */
    public static List<Event> electOffice(Scenario s, String body, String office, List<org.mandate.core.office.Permission> permissions,
            String holder) {
        return electOffice(s, body, office, permissions, holder, null);
    }

    public static <E extends Event> E first(List<Event> events, Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + events));
    }

    public static <E extends Event> List<E> all(List<Event> events, Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public static List<Class<?>> types(List<Event> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }

    /** Replaying every event accepted so far rebuilds the same state, delegations, mandates, seat votes, offices and petitions included. */
    public static void assertReplays(Scenario s) {
        org.assertj.core.api.Assertions.assertThat(Summary.of(Mandate.replay(s.history()))).isEqualTo(Summary.of(s.state()));
    }

    public static final Duration WEEK = Duration.ofDays(7);
}
