package org.mandate.bench.pages;

import static org.mandate.bench.pages.PageFederation.assembly;
import static org.mandate.bench.pages.PageFederation.councilOf;
import static org.mandate.bench.pages.PageFederation.item;
import static org.mandate.bench.pages.PageFederation.member;
import static org.mandate.bench.pages.PageFederation.proposal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;
import org.mandate.core.council.CouncilCommand;
import org.mandate.core.council.Instruction;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * The federation's life after its founding, decision by decision through the core's rules: the councils are
 * founded and joined, every assembly elects its delegate and an alternate, the member bodies grant each council
 * a competence, each council puts {@value #ITEMS} items (open for 60 days), every assembly mandates its delegate
 * on the first and the delegate votes as mandated; then every assembly votes on a resolution (every member
 * votes) and has a second one open (three in ten have voted); one assembly in ten has a recall petition open.
 * About two weeks of record; it ends near the clock's present.
 */
final class Growth {
    static final int ITEMS = 4;
    static final Duration CLOSE = PageFederation.WINDOW.plusMinutes(1);
    private static final Ballot YES = new Ballot.YesNo(Ballot.Choice.YES);

    private final PageFederation fed;
    private final Feeder f;
    private final SplittableRandom random = PageFederation.random();

    Growth(PageFederation fed, Feeder f) {
        this.fed = fed;
        this.f = f;
    }

    void grow() {
        councils();
        delegates();
        competences();
        items();
        mandates();
        proposals();
        petitions();
    }

    /** Submits a proposal of assembly {@code a} by its first member, publishes it, and has a quorum vote {@code ballot}. */
    private void decide(int a, ProposalId id, String title, Motion motion, List<String> options, Ballot ballot) {
        f.run(member(fed.first(a)), new ProposalCommand.SubmitProposal(id, assembly(a), title, "", motion, options, null));
        f.run(member(fed.first(a)), new ProposalCommand.PublishProposal(id, null, null));
        for (int j = 0; j < fed.quorum(a); j++) {
            f.run(member(fed.first(a) + j), new ProposalCommand.CastVote(id, ballot));
        }
    }

    private void councils() {
        int each = fed.assemblies / fed.councils;
        for (int r = 0; r < fed.councils; r++) {
            List<BodyId> cofounders = new ArrayList<>();
            for (int a = fed.lead(r) + 1; a < fed.lead(r) + each; a++) {
                cofounders.add(assembly(a));
            }
            decide(fed.lead(r), proposal(fed.lead(r), "found"), "Found the council of region " + r,
                    new Motion.FoundCouncil(councilOf(r), "Region " + r + " council", "territory", PageFederation.councilCharter(), cofounders),
                    List.of(), YES);
        }
        f.advance(CLOSE);
        for (int a = 0; a < fed.assemblies; a++) {
            if (a != fed.lead(fed.council(a))) {
                decide(a, proposal(a, "join"), "Join the council of our region", new Motion.JoinAsFounder(councilOf(fed.council(a))), List.of(), YES);
            }
        }
        f.advance(CLOSE);
    }

    /** Each assembly's first two members stand; the quorum ranks the first above the second: delegate and alternate. */
    private void delegates() {
        for (int a = 0; a < fed.assemblies; a++) {
            ProposalId id = proposal(a, "delegates");
            String first = member(fed.first(a)).value();
            String second = member(fed.first(a) + 1).value();
            f.run(member(fed.first(a)), new ProposalCommand.SubmitProposal(id, assembly(a), "Elect our delegate", "",
                    new Motion.ElectDelegates(councilOf(fed.council(a)), 1), List.of(), null));
            f.run(member(fed.first(a)), new ProposalCommand.StandForElection(id));
            f.run(member(fed.first(a) + 1), new ProposalCommand.StandForElection(id));
            f.run(member(fed.first(a)), new ProposalCommand.PublishProposal(id, null, null));
            for (int j = 0; j < fed.quorum(a); j++) {
                f.run(member(fed.first(a) + j), new ProposalCommand.CastVote(id, new Ballot.Ranking(List.of(List.of(first), List.of(second)))));
            }
        }
        f.advance(CLOSE);
    }

    /** Each council asks for the competence "hours"; eight of its member bodies vote yes, each by its own decision. */
    private void competences() {
        for (int r = 0; r < fed.councils; r++) {
            ProposalId grant = new ProposalId("r" + r + "-grant-hours");
            f.run(member(fed.first(fed.lead(r))), new ProposalCommand.SubmitProposal(grant, councilOf(r), "Let the council coordinate working hours",
                    "", new Motion.GrantCompetence("hours", "Coordinate working hours across the region"), List.of(), null));
            f.run(member(fed.first(fed.lead(r))), new ProposalCommand.PublishProposal(grant, null, PageFederation.WINDOW.multipliedBy(2)));
            for (int a = fed.lead(r); a < fed.lead(r) + 8; a++) {
                decide(a, proposal(a, "on-grant"), "Our vote on granting hours", new Motion.CastBodyVote(grant, YES), List.of(), YES);
            }
        }
        f.advance(CLOSE);
        f.advance(CLOSE);
    }

    private void items() {
        for (int r = 0; r < fed.councils; r++) {
            for (int n = 0; n < ITEMS; n++) {
                f.run(member(fed.first(fed.lead(r))), new ProposalCommand.SubmitProposal(item(r, n), councilOf(r), "Item " + n + " of region " + r,
                        "Resolved that the region take up question " + n + ".", new Motion.Resolution(), List.of(), "hours"));
                f.run(member(fed.first(fed.lead(r))), new ProposalCommand.PublishProposal(item(r, n), null, Duration.ofDays(60)));
            }
        }
        f.drain();
    }

    /** Every assembly mandates its delegate to vote yes on its council's first item; then the delegate does. */
    private void mandates() {
        for (int a = 0; a < fed.assemblies; a++) {
            int r = fed.council(a);
            decide(a, proposal(a, "mandate"), "Mandate our delegate on item 0",
                    new Motion.GiveMandate(councilOf(r), item(r, 0), new Instruction.Fixed(YES), false), List.of(), YES);
        }
        f.advance(CLOSE);
        for (int a = 0; a < fed.assemblies; a++) {
            f.run(member(fed.first(a)), new CouncilCommand.CastSeatVote(item(fed.council(a), 0), assembly(a), YES));
        }
        f.drain();
    }

    private void proposals() {
        Ballot.Choice[] choices = Ballot.Choice.values();
        for (int a = 0; a < fed.assemblies; a++) {
            f.run(member(fed.first(a)), new ProposalCommand.SubmitProposal(proposal(a, "open"), assembly(a), "Open the hall on Sundays",
                    "Resolved that the hall open on Sundays from June.", new Motion.Resolution(), List.of(), null));
            f.run(member(fed.first(a)), new ProposalCommand.PublishProposal(proposal(a, "open"), null, Duration.ofDays(60)));
            f.run(member(fed.first(a)), new ProposalCommand.SubmitProposal(proposal(a, "budget"), assembly(a), "Adopt the year's budget",
                    "Resolved that the budget as circulated be adopted.", new Motion.Resolution(), List.of(), null));
            f.run(member(fed.first(a)), new ProposalCommand.PublishProposal(proposal(a, "budget"), null, null));
            for (int j = 0; j < fed.size(a); j++) {
                f.run(member(fed.first(a) + j), new ProposalCommand.CastVote(proposal(a, "budget"), new Ballot.YesNo(choices[random.nextInt(3)])));
                if (random.nextInt(10) < 3) {
                    f.run(member(fed.first(a) + j), new ProposalCommand.CastVote(proposal(a, "open"), new Ballot.YesNo(choices[random.nextInt(3)])));
                }
            }
        }
        f.advance(CLOSE);
    }

    private void petitions() {
        for (int a = 0; a < fed.assemblies; a += 10) {
            f.run(member(fed.first(a) + 2), new PetitionCommand.OpenPetition("a" + a + "-recall", PetitionKind.RECALL, assembly(a), null,
                    "Our delegate has not reported back.", member(fed.first(a)), councilOf(fed.council(a)), null));
        }
        f.drain();
    }
}
