package org.mandate.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mandate.cli.demo.DemoFederation.Step;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.body.Body;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.council.Instruction;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.petition.PetitionEvent;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalEvent;

/** The demo federation runs whole through the core: every step accepted but the deliberate refusals, and every feature in it. */
class DemoFederationTest {
    static List<Step> steps;
    static Federation state;
    static final List<Event> events = new ArrayList<>();
    static final Map<Integer, String> refusals = new HashMap<>();
    /** Councils from which a body seceded while one of their votes was open. */
    static final List<BodyId> secededDuringVote = new ArrayList<>();
    static long millis;

    @BeforeAll
    static void run() {
        long t0 = System.nanoTime();
        steps = DemoFederation.generate(DemoFederation.DEFAULT_SEED);
        state = new Federation();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Outcome outcome = Mandate.execute(state, step.command(), step.context());
            if (outcome instanceof Outcome.Refused r) {
                if (!step.deliberatelyRefused()) {
                    fail("step " + i + " at " + step.context().now() + " by " + step.context().actor() + " refused with "
                            + r.rejection().rule() + ": " + r.rejection().message() + "\n  " + step.command());
                }
                refusals.put(i, r.rejection().rule());
                continue;
            }
            List<Event> accepted = ((Outcome.Accepted) outcome).events();
            for (Event e : accepted) {
                if (e instanceof BodyEvent.BodySeceded s && state.proposals().stream()
                        .anyMatch(p -> p.body().equals(s.body()) && p.phase() == Phase.VOTING)) {
                    secededDuringVote.add(s.body());
                }
            }
            events.addAll(accepted);
        }
        millis = (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void every_step_is_accepted_but_the_deliberate_refusals_which_are_refused_by_their_rule() {
        Map<Integer, String> expected = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).deliberatelyRefused()) {
                expected.put(i, steps.get(i).refusal());
            }
        }
        assertThat(expected).isNotEmpty().containsValue("ContradictsMandate");
        assertThat(refusals).isEqualTo(expected);
        System.out.println("demo: " + steps.size() + " steps, " + events.size() + " events, " + state.memberCount() + " members, "
                + assemblies() + " assemblies, generated and run in " + millis + " ms");
    }

    @Test
    void it_is_large_enough_to_feel_real() {
        assertThat(events.size()).isGreaterThanOrEqualTo(50_000);
        assertThat(state.eventCount()).isEqualTo(events.size());
        assertThat(state.memberCount()).isBetween(1_900, 2_100);
        assertThat(assemblies()).isBetween(35L, 45L);
        assertThat(state.bodies().stream().filter(b -> !b.isAssembly()).map(Body::axis)).contains("territory", "trade");
        // about one in twenty people belongs to two assemblies
        Map<String, Integer> memberships = new HashMap<>();
        state.bodies().stream().filter(Body::isAssembly).forEach(b -> b.members().keySet().forEach(m -> memberships.merge(m.value(), 1, Integer::sum)));
        long twice = memberships.values().stream().filter(n -> n > 1).count();
        assertThat(twice).isBetween(60L, 160L);
        // months of history
        assertThat(java.time.Duration.between(DemoFederation.START, state.clock()).toDays()).isGreaterThan(90);
    }

    @Test
    void every_feature_happens() {
        assertThat(all(CouncilEvent.DelegatesElected.class)).anyMatch(e -> !e.alternates().isEmpty());
        assertThat(all(CouncilEvent.MandateGiven.class)).anyMatch(e -> e.instruction() instanceof Instruction.Split)
                .anyMatch(e -> e.instruction() instanceof Instruction.Fixed)
                .anyMatch(e -> e.instruction() instanceof Instruction.FreeHand && e.item() == null);
        assertThat(all(CouncilEvent.SeatVoteCast.class)).anyMatch(e -> e.ballot() == null);
        assertThat(all(CouncilEvent.MandateBreached.class)).isNotEmpty();
        assertThat(all(PetitionEvent.Recalled.class)).isNotEmpty();
        assertThat(all(CouncilEvent.SeatPassedToAlternate.class)).isNotEmpty();
        assertThat(all(CouncilEvent.CongressConvened.class)).isNotEmpty();
        assertThat(secededDuringVote).isNotEmpty();
        assertThat(all(OfficeEvent.OfficeFilled.class)).anyMatch(e -> e.office().equals("secretary"))
                .anyMatch(e -> e.office().equals("treasurer"));
        assertThat(all(OfficeEvent.AnnouncementPublished.class)).isNotEmpty();
        assertThat(all(OfficeEvent.MeetingScheduled.class)).isNotEmpty();
        assertThat(all(BodyEvent.MemberExpelled.class)).isNotEmpty();
        assertThat(all(ProposalEvent.ExpulsionReplied.class)).isNotEmpty();
        assertThat(all(BodyEvent.ApplicantSponsored.class)).isNotEmpty();
        assertThat(all(BodyEvent.MemberAdmitted.class)).anyMatch(e -> e.decision() == null).anyMatch(e -> e.decision() != null);
        assertThat(all(BodyEvent.CompetenceGranted.class)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all(org.mandate.core.credit.CreditEvent.ClearingApplied.class)).anyMatch(e -> e.setOff() > 0 && e.settled() > 0);
        assertThat(all(org.mandate.core.credit.CreditEvent.InvoiceDisputed.class)).isNotEmpty();
        assertThat(all(org.mandate.core.credit.CreditEvent.PaymentMade.class)).isNotEmpty();
        assertThat(all(BodyEvent.CouncilFounded.class)).hasSize(8);
        assertThat(all(ProposalEvent.BodyVoteCast.class)).isNotEmpty();
        assertThat(all(ProposalEvent.CommentPosted.class)).anyMatch(e -> e.replyTo() != null);
        assertThat(all(ProposalEvent.AmendmentAccepted.class)).isNotEmpty();
        assertThat(all(ProposalEvent.AmendmentSettled.class)).isNotEmpty();
        assertThat(all(ProposalEvent.BallotsUnsealed.class)).isNotEmpty();
        assertThat(all(BodyEvent.ApplicationRefused.class)).isNotEmpty();
        assertThat(all(BodyEvent.MemberLeft.class)).isNotEmpty();
        assertThat(all(ProposalEvent.ProposalWithdrawn.class)).isNotEmpty();
        assertThat(all(BodyEvent.CharterAmended.class)).isNotEmpty();
        assertThat(all(BodyEvent.BodyAdmitted.class)).isNotEmpty();
        assertThat(all(ProposalEvent.DecisionAnnulled.class)).isNotEmpty();
        assertThat(all(PetitionEvent.PetitionSucceeded.class)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(state.proposals().stream().filter(p -> p.motion() instanceof Motion.Choice && p.result() != null)).isNotEmpty();
        assertThat(state.proposals().stream().filter(p -> p.motion() instanceof Motion.ElectOffice && p.result() != null)).isNotEmpty();
        assertThat(state.proposals().stream().filter(p -> p.motion() instanceof Motion.Resolution && p.result() != null
                && !state.body(p.body()).isAssembly())).isNotEmpty();
    }

    @Test
    void a_referendum_called_from_below_closes_with_a_breakdown_over_several_levels() {
        Proposal referendum = state.proposals().stream().filter(p -> p.motion() instanceof Motion.Referendum).findFirst().orElseThrow();
        assertThat(referendum.result()).isNotNull();
        assertThat(all(ProposalEvent.ProposalClosed.class)).anyMatch(e -> e.proposal().equals(referendum.id()));
        assertThat(referendum.breakdown()).isNotNull().containsKey(new BodyId("region")).containsKey(new BodyId("north-bank"))
                .containsKey(new BodyId("canal-street"));
    }

    @Test
    void the_region_adopted_a_plan_and_plans_2027_which_is_balanced_and_being_ratified() {
        org.mandate.core.plan.Plan plan = state.plans().of(DemoPlan.PLAN);

        assertThat(plan).isNotNull();
        assertThat(plan.council()).isEqualTo(new BodyId("region"));
        assertThat(plan.goods()).hasSizeBetween(8, 12);
        assertThat(plan.statements().values().stream().filter(org.mandate.core.plan.Plan.Statement::workers).count()).isBetween(6L, 10L);
        assertThat(plan.statements().values().stream().filter(st -> !st.workers()).count()).isBetween(4L, 6L);
        assertThat(plan.rounds()).hasSizeGreaterThan(2);
        assertThat(plan.humanRounds()).hasSize(1);
        assertThat(plan.ownProposals().get(plan.humanRounds().get(0))).containsOnlyKeys(DemoPlan.OWN);
        assertThat(all(org.mandate.core.plan.PlanEvent.PlanStretchEnded.class)).filteredOn(e -> e.plan().equals(DemoPlan.PLAN)).hasSize(2)
                .allMatch(e -> e.ending() == org.mandate.core.plan.PlanTerms.Ending.BALANCED);
        assertThat(plan.phase(state)).isEqualTo(org.mandate.core.plan.PlanPhase.BALANCED);
        long ratified = plan.proposals().keySet().stream().filter(plan::ratifiedCurrent).count();
        assertThat(ratified).isGreaterThanOrEqualTo(5).isLessThan(plan.proposals().size());
        org.mandate.core.plan.Plan earlier = state.plans().of(DemoPlan.EARLIER);
        assertThat(earlier.phase(state)).isEqualTo(org.mandate.core.plan.PlanPhase.ADOPTED);
        assertThat(earlier.proposals().keySet()).allMatch(earlier::ratifiedCurrent).hasSize(plan.proposals().size());
        System.out.println("demo plan: " + plan.rounds().size() + " rounds, human round " + plan.humanRounds() + ", " + ratified + " of "
                + plan.proposals().size() + " ratified");
    }

    @Test
    void the_same_seed_gives_the_same_steps() {
        assertThat(DemoFederation.generate(DemoFederation.DEFAULT_SEED)).isEqualTo(steps);
        assertThat(DemoFederation.generate(7L)).isNotEqualTo(steps);
    }

    @Test
    void the_demo_names_members_worth_logging_in_as() {
        DemoFederation.Demo demo = DemoFederation.build(DemoFederation.DEFAULT_SEED);
        assertThat(demo.steps()).isEqualTo(steps);
        assertThat(demo.logins()).hasSizeGreaterThanOrEqualTo(6).allSatisfy((why, member) -> assertThat(state.member(member)).isNotNull());
        demo.logins().forEach((why, member) -> System.out.println("demo login " + member.value() + " (" + demo.directory().get(member) + "): " + why));
    }

    @Test
    void the_directory_names_every_member_outside_the_record() {
        Map<org.mandate.core.MemberId, String> directory = DemoFederation.directory(DemoFederation.DEFAULT_SEED);
        assertThat(directory).hasSize(state.memberCount()).containsKey(DemoFederation.member(1));
        assertThat(directory.values()).allMatch(n -> n.contains(" "));
        assertThat(DemoFederation.directory(DemoFederation.DEFAULT_SEED)).isEqualTo(directory);
    }

    static long assemblies() {
        return state.bodies().stream().filter(Body::isAssembly).count();
    }

    static <E extends Event> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
