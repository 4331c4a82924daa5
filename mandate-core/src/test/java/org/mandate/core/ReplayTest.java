package org.mandate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.mandate.core.body.Application;
import org.mandate.core.body.Body;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.body.BodyCommand.*;
import org.mandate.core.charter.AdmissionRule;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.Method;
import org.mandate.core.count.Fraction;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.Member;
import org.mandate.core.member.MemberCommand.RegisterMember;
import org.mandate.core.proposal.Amendment;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalCommand.*;
import org.mandate.core.vote.Ballot;

/**
 * Replaying the accepted events rebuilds exactly the live state, and deciding alone never changes it:
 * checked over random command streams (valid-ish, with garbage that must be refused), each run seeded
 * and its seed printed on failure.
 */
class ReplayTest {

    private static final int RUNS = Integer.getInteger("mandate.runs", 24);
    private static final int STEPS = 300;

    @Test
    void replaying_the_accepted_events_rebuilds_the_live_state_and_deciding_changes_nothing() {
        // A fixed default keeps CI repeatable; -Dmandate.seed explores other streams.
        long base = Long.getLong("mandate.seed", 20261125L);
        for (int run = 0; run < RUNS; run++) {
            long seed = base + run;
            try {
                new Run(seed, run % 2 == 1).go();
            } catch (Throwable t) {
                throw new AssertionError("replay property failed with seed " + seed + (run % 2 == 1 ? " (federated)" : "")
                        + " (rerun with -Dmandate.seed=" + base + " -Dmandate.runs=" + (run + 1) + "): " + t, t);
            }
        }
    }

    private static final class Run {
        private final RandomGenerator random;
        private final Federation state;
        private final List<Event> history;
        private final List<String> members = List.of("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7");
        private final List<String> assemblies = List.of("a0", "a1", "a2", "a3");
        private final List<String> councils = List.of("c0", "c1", "c2");
        private final List<String> proposals = new ArrayList<>();
        private Instant now;
        private int next;
        private int accepted;

        /** From an empty federation, or from one with two assemblies in a council that holds a competence. */
        Run(long seed, boolean federated) {
            random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
            Scenario s = Scenario.start();
            if (federated) {
                Fixtures.assembly(s, "a0", Fixtures.quickAssembly(), "m0", "m1", "m2");
                Fixtures.assembly(s, "a1", Fixtures.quickAssembly(), "m3", "m4");
                Fixtures.foundCouncil(s, "a0", "c0", "trade", "a1");
                Fixtures.adopt(s, "a1", "a1.join", new Motion.JoinAsFounder(new BodyId("c0")));
                Fixtures.councilAdopts(s, "c0", "c0.grant", new Motion.GrantCompetence("housing", "housing"), null);
                proposals.addAll(s.state().proposals().stream().map(p -> p.id().value()).toList());
            }
            state = s.state();
            history = new ArrayList<>(s.history());
            now = s.now();
        }

        void go() {
            for (int step = 0; step < STEPS; step++) {
                if (random.nextInt(4) == 0) {
                    now = now.plus(Duration.ofHours(random.nextInt(40)));
                }
                Instant at = random.nextInt(50) == 0 ? now.minus(Duration.ofHours(1 + random.nextInt(48))) : now;
                Command command = command();
                MemberId actor = command instanceof Tick ? null : actorFor(command);
                Context ctx = new Context(actor, at);

                String before = summary(state);
                long events = state.eventCount();
                Instant clock = state.clock();
                Outcome decided = Mandate.decide(state, command, ctx);
                assertThat(state.eventCount()).as("decide leaves the event count").isEqualTo(events);
                assertThat(state.clock()).as("decide leaves the clock").isEqualTo(clock);
                assertThat(summary(state)).as("decide leaves the state").isEqualTo(before);

                Outcome outcome = Mandate.execute(state, command, ctx);
                if (outcome instanceof Outcome.Accepted a) {
                    history.addAll(a.events());
                    if (!a.events().isEmpty()) {
                        accepted++;
                    }
                    if (!(command instanceof Tick)) {
                        assertThat(a).as("execute of %s agrees with decide", command).isEqualTo(decided);
                    }
                } else {
                    if (Boolean.getBoolean("mandate.debug")) {
                        System.out.println(command + " by " + actor + " -> " + ((Outcome.Refused) outcome).rejection());
                    }
                    assertThat(outcome).isEqualTo(decided);
                    assertThat(summary(state)).as("a refusal changes nothing").isEqualTo(before);
                }
            }
            // let everything fall due, then compare once more
            now = now.plus(Duration.ofDays(60));
            history.addAll(((Outcome.Accepted) Mandate.execute(state, new Tick(), Context.system(now))).events());

            if (Boolean.getBoolean("mandate.debug")) {
                history.stream().map(e -> e.getClass().getSimpleName()).sorted().distinct()
                        .forEach(t -> System.out.println("EVENT " + t + " " + history.stream().filter(e -> e.getClass().getSimpleName().equals(t)).count()));
            }
            assertThat(history).hasSize((int) state.eventCount());
            Federation rebuilt = Mandate.replay(history);
            assertThat(summary(rebuilt)).isEqualTo(summary(state));
            assertThat(accepted).as("the stream does something, accepted %d", accepted).isGreaterThanOrEqualTo(STEPS / 20);
        }

        // --- generation ---

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private String anyBody() {
            if (!state.bodies().isEmpty() && chance(85)) {
                return pick(state.bodies().stream().map(b -> b.id().value()).toList());
            }
            return chance(70) ? pick(assemblies) : pick(councils);
        }

        private ProposalId anyProposal() {
            if (proposals.isEmpty() || chance(5)) {
                return new ProposalId("nope");
            }
            List<Proposal> live = state.proposals().stream().filter(p -> p.phase() != org.mandate.core.proposal.Phase.CLOSED).toList();
            if (!live.isEmpty() && chance(75)) {
                return pick(live).id();
            }
            if (!state.proposals().isEmpty() && chance(80)) {
                return pick(List.copyOf(state.proposals())).id();
            }
            return new ProposalId(chance(60) ? proposals.get(Math.max(0, proposals.size() - 1 - random.nextInt(4))) : pick(proposals));
        }

        /** Mostly a proposal in this phase, when there is one. */
        private ProposalId inPhase(org.mandate.core.proposal.Phase phase) {
            List<Proposal> in = state.proposals().stream().filter(p -> p.phase() == phase).toList();
            return !in.isEmpty() && chance(85) ? pick(in).id() : anyProposal();
        }

        /** A ballot of the shape the proposal's rule takes, mostly in favour. */
        private Ballot fitting(Proposal p) {
            return switch (p.rule().method()) {
                case CONSENT -> new Ballot.Consent(chance(15), "reason");
                case CONSENSUS -> new Ballot.Consensus(chance(85) ? Ballot.Stance.AGREE : Ballot.Stance.BLOCK, "reason");
                default -> new Ballot.YesNo(chance(75) ? Ballot.Choice.YES : chance(50) ? Ballot.Choice.NO : Ballot.Choice.ABSTAIN);
            };
        }

        private ProposalId fresh() {
            String id = "p" + next++;
            proposals.add(id);
            return new ProposalId(id);
        }

        private Charter charter() {
            Charter quick = Fixtures.quickAssembly();
            return switch (random.nextInt(5)) {
                case 0 -> Charter.defaultAssembly();
                case 1 -> new Charter(quick.rules(), AdmissionRule.bySponsorship(1 + random.nextInt(2), Duration.ofDays(1)),
                        quick.weighting(), quick.annulmentWindow(), false);
                case 2 -> Fixtures.withRule(quick, DecisionKind.ORDINARY, DecisionRule.of(Method.CONSENT, Fraction.of(1, 3))
                        .withWindows(Duration.ZERO, Duration.ofDays(1)).withSecret(chance(50)));
                case 3 -> Fixtures.withRule(quick, DecisionKind.EXPULSION, DecisionRule.majority(Fraction.HALF));
                default -> quick;
            };
        }

        private Ballot ballot() {
            return switch (random.nextInt(6)) {
                case 0, 1 -> new Ballot.YesNo(Ballot.Choice.YES);
                case 2 -> new Ballot.YesNo(Ballot.Choice.NO);
                case 3 -> new Ballot.YesNo(Ballot.Choice.ABSTAIN);
                case 4 -> new Ballot.Consent(chance(40), chance(80) ? "reason" : null);
                default -> new Ballot.Consensus(Ballot.Stance.AGREE, null);
            };
        }

        private Motion motion() {
            return switch (random.nextInt(14)) {
                case 0, 1, 2 -> new Motion.Resolution();
                case 3 -> new Motion.ExpelMember(new MemberId(pick(members)));
                case 4 -> new Motion.AmendCharter(charter());
                case 5 -> new Motion.FoundCouncil(new BodyId(pick(councils)), "Council", chance(50) ? "trade" : "territory",
                        chance(50) ? null : Fixtures.quickCouncil(), chance(50) ? List.of() : List.of(new BodyId(pick(assemblies))));
                case 6 -> new Motion.JoinAsFounder(new BodyId(pick(councils)));
                case 7 -> new Motion.ApplyToCouncil(new BodyId(pick(councils)), fresh());
                case 8 -> new Motion.Secede(new BodyId(pick(councils)));
                case 9 -> new Motion.EndAffiliation(new BodyId(anyBody()));
                case 10 -> new Motion.GrantCompetence(chance(50) ? "housing" : "roads", "a competence");
                case 11 -> new Motion.RevokeCompetence(chance(50) ? "housing" : "roads");
                case 12 -> new Motion.Annul(anyProposal());
                default -> new Motion.CastBodyVote(anyProposal(), ballot());
            };
        }

        private Command command() {
            String body = anyBody();
            if (state.memberCount() < members.size() - 2 && chance(30)) {
                return new RegisterMember(new MemberId(pick(members)));
            }
            if (state.bodies().size() < 3 && chance(20)) {
                return new FoundAssembly(new BodyId(pick(assemblies)), "Assembly", charter(),
                        members.stream().filter(m -> chance(50)).map(MemberId::new).toList());
            }
            return switch (random.nextInt(22)) {
                case 0 -> new RegisterMember(new MemberId(pick(members)));
                case 1 -> new FoundAssembly(new BodyId(pick(assemblies)), "Assembly", charter(),
                        members.stream().filter(m -> chance(30)).map(MemberId::new).toList());
                case 2, 3 -> new AcceptFounding(new BodyId(body));
                case 4 -> new ApplyForAdmission(new BodyId(body), chance(90) ? fresh() : null);
                case 5 -> new SponsorApplicant(new BodyId(body), new MemberId(pick(members)));
                case 6 -> new ObjectToApplicant(new BodyId(body), new MemberId(pick(members)), chance(80) ? "reason" : "");
                case 7 -> new LeaveBody(new BodyId(body));
                case 8, 9, 10 -> new SubmitProposal(fresh(), new BodyId(body), "Title", "Text", motion(), List.of(),
                        chance(70) ? null : (chance(50) ? "housing" : "roads"));
                case 11, 12 -> new PublishProposal(inPhase(org.mandate.core.proposal.Phase.DRAFT), null, chance(20) ? Duration.ofDays(random.nextInt(12)) : null);
                case 13, 14, 15 -> {
                    ProposalId id = inPhase(org.mandate.core.proposal.Phase.VOTING);
                    Proposal p = state.proposal(id);
                    yield new CastVote(id, p != null && p.rule() != null && chance(85) ? fitting(p) : ballot());
                }
                case 16 -> new ProposeAmendment(anyProposal(), "am" + random.nextInt(3), "Amended text " + random.nextInt(100));
                case 17 -> chance(50) ? new AcceptAmendment(anyProposal(), "am" + random.nextInt(3))
                        : new SupportAmendment(anyProposal(), "am" + random.nextInt(3), chance(60));
                case 18 -> new PostComment(anyProposal(), "k" + random.nextInt(5), "comment", chance(30) ? "k" + random.nextInt(5) : null);
                case 19 -> switch (random.nextInt(3)) {
                    case 0 -> new WithdrawProposal(anyProposal());
                    case 1 -> new ReplyToExpulsion(anyProposal(), "my reply");
                    default -> new WithdrawObjection(anyProposal());
                };
                default -> new Tick();
            };
        }

        /** Usually someone who may act on the command, sometimes anyone at all, including the unregistered. */
        private MemberId actorFor(Command command) {
            if (chance(5)) {
                return chance(50) ? null : new MemberId("x9");
            }
            if (command instanceof RegisterMember r && chance(90)) {
                return r.member();
            }
            List<String> registered = members.stream().filter(m -> state.member(new MemberId(m)) != null).toList();
            if (chance(25)) {
                return new MemberId(registered.isEmpty() || chance(20) ? pick(members) : pick(registered));
            }
            List<String> likely = new ArrayList<>();
            if (command instanceof SubmitProposal c && state.body(c.body()) != null) {
                state.peopleBeneath(c.body()).forEach(m -> likely.add(m.value()));
            } else if (command instanceof ProposalCommand c && state.proposal(c.proposal()) != null) {
                Proposal p = state.proposal(c.proposal());
                if (command instanceof PublishProposal || command instanceof AcceptAmendment || command instanceof WithdrawProposal) {
                    likely.add(p.proposer().value());
                } else if (command instanceof ReplyToExpulsion && p.motion() instanceof Motion.ExpelMember x) {
                    likely.add(x.member().value());
                } else {
                    likely.addAll(p.roll().asMap().keySet().stream().filter(members::contains).toList());
                }
            } else if (command instanceof BodyCommand c && state.body(c.body()) != null) {
                Body b = state.body(c.body());
                if (command instanceof AcceptFounding) {
                    b.pendingFounders().forEach(m -> likely.add(m.value()));
                } else if (command instanceof ApplyForAdmission) {
                    members.stream().filter(m -> !b.hasMember(new MemberId(m))).forEach(likely::add);
                } else {
                    b.members().keySet().forEach(m -> likely.add(m.value()));
                }
            }
            if (likely.isEmpty()) {
                likely.addAll(registered.isEmpty() ? members : registered);
            }
            return new MemberId(pick(likely.stream().sorted().toList()));
        }

        // --- canonical summary ---

        private String summary(Federation f) {
            StringBuilder out = new StringBuilder();
            out.append("clock ").append(f.clock()).append(" events ").append(f.eventCount())
                    .append(" members ").append(f.memberCount()).append(" due ").append(f.schedule().size()).append('\n');
            for (String id : members) {
                Member m = f.member(new MemberId(id));
                if (m != null) {
                    out.append("member ").append(id).append(' ').append(m.registeredAt()).append(' ').append(m.bodies()).append('\n');
                }
            }
            for (Body b : f.bodies()) {
                out.append("body ").append(b.id()).append(' ').append(b.type()).append(' ').append(b.name()).append(' ')
                        .append(b.axis()).append(' ').append(b.foundedAt()).append('\n')
                        .append("  charter ").append(b.charter()).append('\n')
                        .append("  members ").append(new TreeMap<>(b.members())).append('\n')
                        .append("  pending ").append(b.pendingFounders()).append(' ').append(b.pendingFounderBodies()).append('\n')
                        .append("  member bodies ").append(new TreeMap<>(b.memberBodies())).append('\n')
                        .append("  councils ").append(new TreeMap<>(b.councils())).append('\n')
                        .append("  competences ").append(b.competences()).append('\n');
                for (Map.Entry<MemberId, Application> e : b.applications().entrySet()) {
                    Application a = e.getValue();
                    out.append("  application ").append(a.applicant()).append(' ').append(a.filedAt()).append(' ')
                            .append(a.sponsors()).append(' ').append(a.objectionDeadline()).append(' ').append(a.vote()).append('\n');
                }
            }
            for (Proposal p : f.proposals()) {
                out.append("proposal ").append(p.id()).append(' ').append(p.body()).append(' ').append(p.proposer()).append(' ')
                        .append(p.motion()).append(' ').append(p.phase()).append(' ').append(p.text()).append('\n')
                        .append("  rule ").append(p.rule()).append(' ').append(p.publishedAt()).append(' ')
                        .append(p.votingOpensAt()).append(' ').append(p.closesAt()).append('\n')
                        .append("  roll ").append(new TreeMap<>(p.roll().asMap())).append(" weight ").append(p.rollWeight()).append('\n')
                        .append("  participants ").append(new TreeSet<>(p.participants())).append('\n')
                        .append("  ballots ").append(new TreeMap<>(p.openBallots())).append(" unsealed ").append(p.unsealedBallots()).append('\n')
                        .append("  comments ").append(p.comments()).append(" reply ").append(p.reply()).append('\n')
                        .append("  result ").append(p.result()).append(" withdrawn ").append(p.withdrawn()).append(" closed ")
                        .append(p.closedAt()).append(" annulled by ").append(p.annulledBy()).append('\n');
                for (Amendment a : p.amendments().values()) {
                    out.append("  amendment ").append(a.id()).append(' ').append(a.author()).append(' ').append(a.text()).append(' ')
                            .append(a.status()).append(' ').append(new TreeMap<>(a.support())).append('\n');
                }
            }
            return out.toString();
        }
    }
}
