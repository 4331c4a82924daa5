package org.mandate.cli.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.mandate.cli.demo.DemoFederation.Step;
import org.mandate.cli.demo.DemoNames.Assembly;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.AdmissionRule;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.charter.Weighting;
import org.mandate.core.clock.Tick;
import org.mandate.core.council.CouncilCommand;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.council.Instruction;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.office.OfficeCommand;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.office.Permission;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionEvent;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * Builds the demo step by step, running each step on its own federation as it goes, so that it can read
 * what the record decided (who was elected, which mandate was given) and stop at once on a step that is
 * refused by mistake. Everything it does is a command of the core.
 */
final class DemoGenerator {
    private static final Duration DAY = Duration.ofDays(1);
    private static final int ROUNDS = 16;

    private final Random rnd;
    final Federation state = new Federation();
    private final List<Step> steps = new ArrayList<>();
    Instant now = DemoFederation.START;
    private final List<Open> round = new ArrayList<>();
    private final List<ProposalId> councilOpen = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    /** Assemblies of each trade federation, in order; a body that secedes leaves this list. */
    private final List<List<BodyId>> trades = new ArrayList<>();
    private final Map<BodyId, MemberId> secretaries = new LinkedHashMap<>();
    /** Each assembly's treasurer, who pays and invoices in its name: what {@link DemoCredit} needs. */
    final Map<BodyId, MemberId> treasurers = new LinkedHashMap<>();
    private final List<MemberId> applicants = new ArrayList<>();
    /** Council items put before each local federation, in order. */
    private final Map<BodyId, List<ProposalId>> localItems = new LinkedHashMap<>();
    /** Members worth logging in as, with what makes them worth it. */
    final Map<String, MemberId> logins = new LinkedHashMap<>();

    /** A vote the round will hold: who votes, and how. */
    private record Open(ProposalId id, List<MemberId> voters, Function<MemberId, Ballot> ballot) {}

    DemoGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    List<Step> build() {
        registerAndFound();
        foundCouncils();
        grantCompetences();
        elect();
        for (int r = 0; r < ROUNDS; r++) {
            weeklyRound(r);
        }
        DemoPlan.run(this);
        DemoCredit.run(this);
        stillOpen();
        logins.put("an ordinary member of the " + state.body(new BodyId("old-town-hood")).name(), members(new BodyId("old-town-hood")).get(0));
        state.bodies().stream().filter(b -> b.isAssembly()).sorted(java.util.Comparator.comparing(b -> b.id())).flatMap(b -> members(b.id()).stream())
                .filter(m -> state.bodies().stream().filter(b -> b.isAssembly() && b.hasMember(m)).count() > 1).findFirst()
                .ifPresent(m -> logins.put("a member of two assemblies", m));
        return steps;
    }

    // ---------------------------------------------------------------- set-up

    private void registerAndFound() {
        for (int i = 1; i <= DemoFederation.MEMBERS; i++) {
            run(DemoFederation.member(i), new MemberCommand.RegisterMember(DemoFederation.member(i)));
        }
        int n = DemoNames.ASSEMBLIES.size();
        List<List<MemberId>> initial = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            initial.add(new ArrayList<>());
        }
        // sizes vary from small co-operatives to large workplaces: weights 1..4
        int[] weight = new int[n];
        int total = 0;
        for (int a = 0; a < n; a++) {
            weight[a] = 1 + rnd.nextInt(4);
            total += weight[a];
        }
        int applicantsHeld = 12;
        int assigned = DemoFederation.MEMBERS - applicantsHeld;
        for (int i = 1; i <= assigned; i++) {
            int pick = rnd.nextInt(total);
            int a = 0;
            while (pick >= weight[a]) {
                pick -= weight[a];
                a++;
            }
            initial.get(a).add(DemoFederation.member(i));
            // about one in twenty also belongs to a second assembly: their neighbourhood, or a workplace
            if (rnd.nextInt(20) == 0) {
                int other = (a + 1 + rnd.nextInt(n - 1)) % n;
                initial.get(other).add(DemoFederation.member(i));
            }
        }
        for (int i = assigned + 1; i <= DemoFederation.MEMBERS; i++) {
            applicants.add(DemoFederation.member(i));
        }
        for (int a = 0; a < n; a++) {
            Assembly asm = DemoNames.ASSEMBLIES.get(a);
            List<MemberId> people = initial.get(a);
            Charter charter = assemblyCharter(asm);
            run(people.get(0), new BodyCommand.FoundAssembly(body(asm), asm.name(), charter, people.subList(1, people.size())));
            for (MemberId m : people.subList(1, people.size())) {
                run(m, new BodyCommand.AcceptFounding(body(asm)));
            }
        }
        for (int t = 0; t < DemoNames.TRADE_IDS.size(); t++) {
            List<BodyId> list = new ArrayList<>();
            for (Assembly asm : DemoNames.ASSEMBLIES) {
                if (asm.trade() == t) {
                    list.add(body(asm));
                }
            }
            trades.add(list);
        }
    }

    private void foundCouncils() {
        // the first assembly of each district and trade founds its federation, naming the others
        for (int d = 0; d < DemoNames.DISTRICT_IDS.size(); d++) {
            List<BodyId> district = district(d);
            open(district.get(0), "found", "Found the " + DemoNames.DISTRICT_NAMES.get(d), "With the other assemblies of the district.",
                    new Motion.FoundCouncil(new BodyId(DemoNames.DISTRICT_IDS.get(d)), DemoNames.DISTRICT_NAMES.get(d), "territory",
                            localCharter(), district.subList(1, district.size())), List.of(), null, 0.8, yesNo(0.9));
        }
        for (int t = 0; t < trades.size(); t++) {
            List<BodyId> trade = trades.get(t);
            open(trade.get(0), "found", "Found the " + DemoNames.TRADE_NAMES.get(t), "With the other sections of the trade.",
                    new Motion.FoundCouncil(tradeFed(t), DemoNames.TRADE_NAMES.get(t), "trade", tradeCharter(),
                            trade.subList(1, trade.size())), List.of(), null, 0.8, yesNo(0.9));
        }
        closeRound();
        for (int d = 0; d < DemoNames.DISTRICT_IDS.size(); d++) {
            for (BodyId b : district(d).subList(1, district(d).size())) {
                open(b, "join", "Join the " + DemoNames.DISTRICT_NAMES.get(d), "", new Motion.JoinAsFounder(localFed(d)), List.of(), null,
                        0.75, yesNo(0.9));
            }
        }
        for (int t = 0; t < trades.size(); t++) {
            for (BodyId b : trades.get(t).subList(1, trades.get(t).size())) {
                open(b, "join", "Join the " + DemoNames.TRADE_NAMES.get(t), "", new Motion.JoinAsFounder(tradeFed(t)), List.of(), null,
                        0.75, yesNo(0.9));
            }
        }
        closeRound();
        // the local federations found the regional confederation, each by its member assemblies' votes
        List<BodyId> others = new ArrayList<>();
        for (int d = 1; d < DemoNames.DISTRICT_IDS.size(); d++) {
            others.add(localFed(d));
        }
        councilDecides(localFed(0), "found", "Found the " + DemoNames.REGION_NAME, "Together with the other local federations.",
                new Motion.FoundCouncil(region(), DemoNames.REGION_NAME, "territory", regionCharter(), others), null, b -> yes());
        closeRound();
        settle();
        for (BodyId fed : others) {
            councilDecides(fed, "join", "Join the " + DemoNames.REGION_NAME, "", new Motion.JoinAsFounder(region()), null, b -> yes());
        }
        closeRound();
        settle();
    }

    private void grantCompetences() {
        for (int t = 0; t < trades.size(); t++) {
            for (String c : DemoNames.TRADE_COMPETENCES.get(t)) {
                councilDecides(tradeFed(t), "grant-" + c, "Grant the federation the competence '" + c + "'", "",
                        new Motion.GrantCompetence(c, "Coordinate " + c + " across the trade"), null, b -> yes());
            }
        }
        for (int d = 0; d < DemoNames.DISTRICT_IDS.size(); d++) {
            for (String c : DemoNames.LOCAL_COMPETENCES) {
                councilDecides(localFed(d), "grant-" + c, "Grant the federation the competence '" + c + "'", "",
                        new Motion.GrantCompetence(c, "Coordinate " + c + " in the district"), null, b -> yes());
            }
        }
        for (String c : DemoNames.REGION_COMPETENCES) {
            councilDecides(region(), "grant-" + c, "Grant the confederation the competence '" + c + "'", "",
                    new Motion.GrantCompetence(c, "Coordinate " + c + " across the region"), null, b -> yes());
        }
        closeRound();
        settle();
    }

    /** Every assembly elects its secretary and treasurer, and every section its delegates to its trade federation. */
    private void elect() {
        for (Assembly asm : DemoNames.ASSEMBLIES) {
            BodyId b = body(asm);
            List<MemberId> people = shuffled(members(b));
            openElection(b, "secretary", "Elect our secretary", new Motion.ElectOffice("secretary",
                    List.of(Permission.SCHEDULE_MEETING, Permission.PUBLISH_ANNOUNCEMENT), 1), people.subList(0, 3));
            openElection(b, "treasurer", "Elect our treasurer", new Motion.ElectOffice("treasurer",
                    List.of(Permission.MAKE_PAYMENT, Permission.RECORD_INVOICE), 1), people.subList(3, 5));
            if (asm.trade() >= 0) {
                int seats = Math.min(3, (members(b).size() + 24) / 25);
                openElection(b, "delegates", "Elect our delegates to the " + DemoNames.TRADE_NAMES.get(asm.trade()),
                        new Motion.ElectDelegates(tradeFed(asm.trade()), 1), people.subList(5, 5 + seats + 2));
            }
        }
        for (Event e : closeRound()) {
            if (e instanceof OfficeEvent.OfficeFilled f && f.office().equals("secretary") && !f.holders().isEmpty()) {
                secretaries.put(f.body(), f.holders().get(0));
            } else if (e instanceof OfficeEvent.OfficeFilled f && f.office().equals("treasurer") && !f.holders().isEmpty()) {
                treasurers.put(f.body(), f.holders().get(0));
            }
        }
        logins.put("the secretary of the Northside Bakery Workers' Section", secretaries.get(new BodyId("northside-bakery")));
    }

    // ---------------------------------------------------------------- the months of ordinary life

    private void weeklyRound(int r) {
        now = now.plus(Duration.ofHours(14));
        for (Assembly asm : DemoNames.ASSEMBLIES) {
            BodyId b = body(asm);
            if (rnd.nextInt(3) > 0 || r % 4 == 0) {
                resolution(b, r);
            }
            if ((r + asm.district()) % 4 == 0) {
                String q = DemoNames.CHOICES.get((r / 4 + asm.district()) % DemoNames.CHOICES.size());
                List<String> options = DemoNames.CHOICE_OPTIONS.get(DemoNames.CHOICES.indexOf(q));
                open(b, "choice", q, "Rank the options; the Schulze method picks the winner.", new Motion.Choice(), options, null,
                        0.55 + 0.3 * rnd.nextDouble(), v -> ranking(options));
            }
        }
        officeWork(r);
        switch (r) {
            case 0 -> {
                admissions();
                // the home care co-operative gives its delegates a standing free hand on safety
                BodyId homeCare = new BodyId("home-care");
                open(homeCare, "free-hand", "A free hand on safety at the care federation",
                        "Our delegates may vote as they judge on every safety item.",
                        new Motion.GiveMandate(tradeFed(2), null, new Instruction.FreeHand(List.of(), List.of("safety")), true), List.of(),
                        null, 0.8, yesNo(0.9));
            }
            case 1 -> expulsion();
            case 2 -> leaveAndWithdraw();
            case 3 -> publicRecord();
            case 6 -> {
                congress();
                annulment();
            }
            default -> { }
        }
        if (r % 2 == 0) {
            tradeRound(r);
        } else {
            localRound(r);
        }
    }

    private void resolution(BodyId b, int r) {
        String title = DemoNames.RESOLUTIONS.get(rnd.nextInt(DemoNames.RESOLUTIONS.size()));
        ProposalId id = open(b, "res", title, title + ". Proposed at the assembly of week " + (r + 1) + ".", new Motion.Resolution(),
                List.of(), null, 0.55 + 0.3 * rnd.nextDouble(), yesNo(0.35 + 0.5 * rnd.nextDouble()));
        deliberate(id, b);
    }

    /** Comments, and now and then an amendment, while the proposal is in deliberation. */
    private void deliberate(ProposalId id, BodyId b) {
        List<MemberId> people = members(b);
        int roll = rnd.nextInt(8);
        if (roll < 3) {
            int comments = 1 + rnd.nextInt(4);
            for (int c = 1; c <= comments; c++) {
                MemberId author = people.get(rnd.nextInt(people.size()));
                run(author, new ProposalCommand.PostComment(id, "c" + c, DemoNames.COMMENTS.get(rnd.nextInt(DemoNames.COMMENTS.size())),
                        c > 1 && rnd.nextBoolean() ? "c1" : null));
            }
        } else if (roll == 3) {
            MemberId proposer = state.proposal(id).proposer();
            MemberId author = people.get(rnd.nextInt(people.size()));
            run(author, new ProposalCommand.ProposeAmendment(id, "a1", state.proposal(id).text() + " Review it after six months."));
            if (rnd.nextBoolean()) {
                run(proposer, new ProposalCommand.AcceptAmendment(id, "a1"));
            } else {
                for (int s = 0; s < 5; s++) {
                    run(people.get(rnd.nextInt(people.size())), new ProposalCommand.SupportAmendment(id, "a1", rnd.nextInt(3) > 0));
                }
            }
        }
    }

    private void officeWork(int r) {
        int k = 0;
        for (Map.Entry<BodyId, MemberId> e : secretaries.entrySet()) {
            if ((k++ + r) % 5 != 0) {
                continue;
            }
            if (rnd.nextBoolean()) {
                run(e.getValue(), new OfficeCommand.PublishAnnouncement(e.getKey(), "news-" + r,
                        "The minutes of last week's assembly are up; the next one decides the summer rota."));
            } else {
                run(e.getValue(), new OfficeCommand.ScheduleMeeting(e.getKey(), "assembly-" + r, now.plus(Duration.ofDays(3)),
                        "The usual room", "Reports from our delegates; open proposals; any other business"));
            }
        }
    }

    /** Applications: four by vote, in different assemblies, and one by sponsorship at the market gardeners' co-operative. */
    private void admissions() {
        for (int i = 0; i < 4; i++) {
            MemberId applicant = applicants.get(i);
            BodyId b = body(DemoNames.ASSEMBLIES.get(3 + 9 * i));
            ProposalId vote = new ProposalId(b.value() + ".admit." + applicant.value());
            run(applicant, new BodyCommand.ApplyForAdmission(b, vote));
            // the last application is turned down
            round.add(new Open(vote, sample(members(b), 0.7), yesNo(i == 3 ? 0.15 : 0.85)));
        }
        BodyId gardeners = new BodyId("market-gardeners");
        MemberId applicant = applicants.get(4);
        run(applicant, new BodyCommand.ApplyForAdmission(gardeners, null));
        List<MemberId> people = members(gardeners);
        run(people.get(0), new BodyCommand.SponsorApplicant(gardeners, applicant));
        run(people.get(1), new BodyCommand.SponsorApplicant(gardeners, applicant));
    }

    /** The harbour fish market expels a member, who replies on the record before the vote. */
    private void expulsion() {
        BodyId b = new BodyId("harbour-fish");
        List<MemberId> people = members(b);
        MemberId target = null;
        for (int i = people.size() - 1; i >= 0 && target == null; i--) {
            MemberId m = people.get(i);
            if (!secretaries.containsValue(m) && !holdsAnything(m)) {
                target = m;
            }
        }
        ProposalId id = open(b, "expel", "Expel " + target.value(), "Took the stall's takings home three times and never paid them back.",
                new Motion.ExpelMember(target), List.of(), null, 0.8, v -> yes());
        logins.put("the member expelled from the fish market, who replied", target);
        run(target, new ProposalCommand.ReplyToExpulsion(id, "I paid back every euro in March; the treasurer has the receipts."));
    }

    /** A third of the care federation's sections convene an extraordinary congress, each by its own vote. */
    private void congress() {
        BodyId fed = tradeFed(2);
        List<BodyId> sections = trades.get(2);
        MemberId opener = members(sections.get(0)).get(0);
        run(opener, new PetitionCommand.OpenPetition("care-congress", PetitionKind.CONGRESS, fed, "Extraordinary congress on staffing",
                "The staffing crisis cannot wait for the ordinary congress.", null, null, null));
        int needed = (sections.size() + 2) / 3 + 1;
        for (BodyId b : sections.subList(0, needed)) {
            open(b, "sign-congress", "Sign the call for an extraordinary congress", "", new Motion.SignPetitionAsBody("care-congress"),
                    List.of(), null, 0.8, yesNo(0.92));
        }
    }

    /** Items before the trade federations: mandates from the sections, then the delegates vote in their seats. */
    private void tradeRound(int r) {
        List<ProposalId> items = new ArrayList<>();
        List<Integer> itemTrade = new ArrayList<>();
        BodyId seceding = r == 8 ? new BodyId("roofers") : null;
        for (int t = 0; t < trades.size(); t++) {
            int count = 1 + (r / 2 + t) % 2;
            for (int i = 0; i < count; i++) {
                String competence = DemoNames.TRADE_COMPETENCES.get(t).get((r / 2 + i) % 2);
                String title = DemoNames.TRADE_ITEMS.get((r + 3 * t + i) % DemoNames.TRADE_ITEMS.size());
                ProposalId item = councilOpen(tradeFed(t), "item", title, title + ", as the sections proposed it.", new Motion.Resolution(),
                        competence, Duration.ofDays(6));
                items.add(item);
                itemTrade.add(t);
            }
        }
        if (seceding != null) {
            // the roofers leave the building federation while its items are open for voting
            open(seceding, "secede", "Leave the " + DemoNames.TRADE_NAMES.get(1), "The federation no longer speaks for roofers.",
                    new Motion.Secede(tradeFed(1)), List.of(), null, 0.8, yesNo(0.85));
        }
        if (r == 4) {
            recallPetition();
        }
        for (int k = 0; k < items.size(); k++) {
            ProposalId item = items.get(k);
            int t = itemTrade.get(k);
            String competence = state.proposal(item).competence();
            for (BodyId b : trades.get(t)) {
                if (b.equals(seceding) || (b.value().equals("home-care") && competence.equals("safety"))) {
                    continue; // seceding, or covered by the standing free hand
                }
                boolean split = r == 2 && b.value().equals("hospital-nurses");
                boolean decide = !split && rnd.nextInt(4) == 0 && !b.value().equals("northside-bakery") && !b.value().equals("electricians");
                if (split || decide) {
                    open(b, "on", "Our own vote on: " + state.proposal(item).title(),
                            split ? "Our delegates carry our members' votes in proportion." : "Our vote becomes our delegates' mandate.",
                            new Motion.DecideItem(item, split), List.of(), null, 0.6 + 0.25 * rnd.nextDouble(), yesNo(0.6));
                } else {
                    Ballot.Choice choice = rnd.nextInt(4) == 0 ? Ballot.Choice.NO : Ballot.Choice.YES;
                    open(b, "mandate", "Mandate our delegates: " + choice.name().toLowerCase() + " on " + state.proposal(item).title(), "",
                            new Motion.GiveMandate(tradeFed(t), item, new Instruction.Fixed(new Ballot.YesNo(choice)), false), List.of(),
                            null, 0.65 + 0.2 * rnd.nextDouble(), yesNo(0.9));
                }
            }
        }
        closeRound();
        if (seceding != null) {
            trades.get(1).remove(seceding);
        }
        boolean refusedBreach = false;
        boolean recordedBreach = false;
        for (int k = 0; k < items.size(); k++) {
            ProposalId item = items.get(k);
            BodyId fed = tradeFed(itemTrade.get(k));
            for (BodyId b : trades.get(itemTrade.get(k))) {
                Delegation d = state.sessions().delegation(fed, b);
                if (d == null || d.ended() || !state.body(fed).memberBodies().containsKey(b)) {
                    continue;
                }
                GivenMandate given = state.sessions().item(item).mandates().get(b);
                Instruction instruction = given == null ? null : given.instruction();
                boolean freeHand = b.value().equals("home-care") && "safety".equals(state.proposal(item).competence());
                if (instruction == null && !freeHand) {
                    continue; // referred back and never answered: the seats count as the council's charter says
                }
                for (MemberId delegate : d.seats()) {
                    if (delegate == null) {
                        continue;
                    }
                    Ballot ballot = instruction instanceof Instruction.Fixed f ? f.ballot()
                            : instruction instanceof Instruction.Split ? null : yesNo(0.5).apply(delegate);
                    if (r == 2 && instruction instanceof Instruction.Fixed f && f.ballot() instanceof Ballot.YesNo yn) {
                        Ballot against = new Ballot.YesNo(yn.choice() == Ballot.Choice.YES ? Ballot.Choice.NO : Ballot.Choice.YES);
                        if (!refusedBreach && b.value().equals("northside-bakery")) {
                            // the delegate tries to vote against the bakery's mandate: refused, and nothing changes
                            refuse(delegate, new CouncilCommand.CastSeatVote(item, b, against), "ContradictsMandate");
                            refusedBreach = true;
                            logins.put("the bakery's delegate, whose vote against the mandate was refused", delegate);
                        } else if (!recordedBreach && b.value().equals("electricians")) {
                            // the electricians' charter records and flags a breach rather than refusing it
                            ballot = against;
                            recordedBreach = true;
                            logins.put("the electricians' delegate, whose breach of the mandate was recorded and flagged", delegate);
                        }
                    }
                    run(delegate, new CouncilCommand.CastSeatVote(item, b, ballot));
                }
            }
        }
        settle();
    }

    /** The central kitchen recalls its first delegate: a quarter of its members sign, the recall vote follows. */
    private void recallPetition() {
        BodyId b = new BodyId("central-kitchen");
        Delegation d = state.sessions().delegation(tradeFed(0), b);
        MemberId target = d.seats().get(0);
        List<MemberId> signers = new ArrayList<>(members(b));
        signers.remove(target);
        run(signers.get(0), new PetitionCommand.OpenPetition("recall-kitchen-delegate", PetitionKind.RECALL, b, "Recall our delegate",
                "Our delegate has missed three federation meetings without a word.", target, tradeFed(0), null));
        for (MemberId m : signers.subList(1, signers.size())) {
            List<Event> events = run(m, new PetitionCommand.SignPetition("recall-kitchen-delegate"));
            if (events.stream().anyMatch(e -> e instanceof PetitionEvent.PetitionSucceeded)) {
                break;
            }
        }
        logins.put("the central kitchen's delegate, recalled", target);
        if (!d.alternates().isEmpty()) {
            logins.put("the central kitchen's alternate, who took the seat", d.alternates().get(0));
        }
        ProposalId vote = new ProposalId("recall-kitchen-delegate.vote");
        round.add(new Open(vote, sample(members(b), 0.75), yesNo(0.8)));
    }

    /** Items before the local federations, decided by each member assembly's own vote; now and then the region too. */
    private void localRound(int r) {
        for (int d = 0; d < DemoNames.DISTRICT_IDS.size(); d++) {
            String title = DemoNames.LOCAL_ITEMS.get((r / 2 + d) % DemoNames.LOCAL_ITEMS.size());
            String competence = DemoNames.LOCAL_COMPETENCES.get((r / 2 + d) % 2);
            double lean = r == 5 && d == 1 ? 1.0 : 0.3 + 0.6 * rnd.nextDouble();
            councilDecides(localFed(d), "item", title, title + ", run by volunteers from the assemblies.", new Motion.Resolution(), competence,
                    b -> rnd.nextDouble() < lean ? yes() : new Ballot.YesNo(Ballot.Choice.NO));
        }
        if (r == 3 || r == 9) {
            String title = DemoNames.REGION_ITEMS.get(r == 3 ? 0 : 1);
            councilDecides(region(), "item", title, title + ", planned with the transport and building sections.", new Motion.Resolution(),
                    r == 3 ? "transport" : "planning", b -> yes());
        }
        if (r == 11) {
            referendum();
        }
        if (r == 5) {
            couriers();
        }
        closeRound();
        if (r == 5) {
            // the couriers' application is filed and the federation's admission vote opens: each member assembly decides its vote
            ProposalId admission = new ProposalId("riverside.admit.riverside-couriers");
            councilOpen.add(admission);
            for (BodyId member : sortedMemberBodies(localFed(2))) {
                open(member, "vote", "Vote yes on admitting the Riverside Couriers' Co-operative", "",
                        new Motion.CastBodyVote(admission, yes()), List.of(), null, 0.6 + 0.25 * rnd.nextDouble(), yesNo(0.88));
            }
            closeRound();
        }
        settle();
    }

    /** A referendum called from below: people beneath the region sign, then everyone beneath it votes once. */
    private void referendum() {
        List<MemberId> people = new ArrayList<>(state.peopleBeneath(region()));
        people.sort(null);
        List<MemberId> order = shuffled(people);
        run(order.get(0), new PetitionCommand.OpenPetition("free-transit", PetitionKind.REFERENDUM, region(),
                "Free public transport across the region?", "Paid for by the regional solidarity levy, from next January.", null, null,
                null));
        for (MemberId m : order.subList(1, order.size())) {
            List<Event> events = run(m, new PetitionCommand.SignPetition("free-transit"));
            if (events.stream().anyMatch(e -> e instanceof PetitionEvent.PetitionSucceeded)) {
                break;
            }
        }
        round.add(new Open(new ProposalId("free-transit.vote"), sample(people, 0.6), yesNo(0.58)));
    }

    /** A member leaves an assembly by their own act; a proposer withdraws a proposal before the vote. */
    private void leaveAndWithdraw() {
        BodyId b = new BodyId("station-quarter");
        List<MemberId> people = members(b);
        MemberId leaving = people.get(people.size() - 1);
        run(leaving, new BodyCommand.LeaveBody(b));
        BodyId w = new BodyId("mill-lane");
        MemberId proposer = members(w).get(0);
        ProposalId id = nextId(w, "res");
        run(proposer, new ProposalCommand.SubmitProposal(id, w, "Close the lane to cars on weekdays", "From April, the lane is for walking.",
                new Motion.Resolution(), List.of(), null));
        run(proposer, new ProposalCommand.PublishProposal(id, null, null));
        run(members(w).get(1), new ProposalCommand.PostComment(id, "c1", "The bakery's deliveries need the lane at six in the morning.", null));
        run(proposer, new ProposalCommand.WithdrawProposal(id));
    }

    /** The Canal Street assembly opens its record to everyone, by a charter amendment. */
    private void publicRecord() {
        Assembly asm = DemoNames.ASSEMBLIES.stream().filter(a -> a.id().equals("canal-street")).findFirst().orElseThrow();
        Charter c = assemblyCharter(asm);
        Charter open = new Charter(c.rules(), c.admission(), c.weighting(), c.annulmentWindow(), true, c.delegation(), c.council());
        open(body(asm), "charter", "Open our record to everyone", "Anyone, member or not, may read what we decide.",
                new Motion.AmendCharter(open), List.of(), null, 0.8, yesNo(0.9));
    }

    /**
     * The demo ends with votes still open, so whoever opens it can take part: a resolution and a ranked
     * choice in the Old Town neighbourhood assembly, and a resolution at the Northside bakery.
     */
    private void stillOpen() {
        now = now.plus(Duration.ofHours(14));
        BodyId hood = new BodyId("old-town-hood");
        open(hood, "res", "Open the community kitchen on Sundays", "The kitchen opens on Sundays from noon, run by a rota of volunteers.",
                new Motion.Resolution(), List.of(), null, 0.0, yesNo(0.5));
        List<String> options = DemoNames.CHOICE_OPTIONS.get(0);
        open(hood, "choice", DemoNames.CHOICES.get(0), "Rank the options; the Schulze method picks the winner.", new Motion.Choice(), options,
                null, 0.0, v -> ranking(options));
        open(new BodyId("northside-bakery"), "res", "Bake for the school breakfast club", "Two trays a day for the school's breakfast club.",
                new Motion.Resolution(), List.of(), null, 0.0, yesNo(0.5));
        Instant opens = now;
        for (Open o : round) {
            opens = max(opens, state.proposal(o.id()).votingOpensAt());
        }
        round.clear();
        tick(opens);
    }

    /** Seven people found a couriers' co-operative, which applies to join the Riverside federation. */
    private void couriers() {
        BodyId b = new BodyId("riverside-couriers");
        List<MemberId> founders = applicants.subList(5, applicants.size());
        run(founders.get(0), new BodyCommand.FoundAssembly(b, "Riverside Couriers' Co-operative",
                assemblyCharter(new Assembly(b.value(), "Riverside Couriers' Co-operative", -1, 2)), founders.subList(1, founders.size())));
        for (MemberId m : founders.subList(1, founders.size())) {
            run(m, new BodyCommand.AcceptFounding(b));
        }
        open(b, "apply", "Apply to join the Riverside Local Federation", "", new Motion.ApplyToCouncil(localFed(2),
                new ProposalId("riverside.admit.riverside-couriers")), List.of(), null, 1.0, v -> yes());
    }

    /** The Old Town federation's member assemblies annul its last decision: a federal veto from below. */
    private void annulment() {
        BodyId fed = localFed(1);
        List<ProposalId> items = localItems.getOrDefault(fed, List.of());
        ProposalId last = items.isEmpty() ? null : items.get(items.size() - 1);
        if (last == null || !state.proposal(last).adopted()) {
            return;
        }
        councilDecides(fed, "annul", "Annul: " + state.proposal(last).title(), "The assemblies were not consulted on the cost.",
                new Motion.Annul(last), null, b -> yes());
    }

    // ---------------------------------------------------------------- decisions

    /** An assembly's member proposes; the vote is held when the round closes. */
    ProposalId open(BodyId b, String tag, String title, String text, Motion motion, List<String> options, String competence,
            double turnout, Function<MemberId, Ballot> ballot) {
        ProposalId id = nextId(b, tag);
        List<MemberId> people = members(b);
        MemberId proposer = people.get(rnd.nextInt(people.size()));
        run(proposer, new ProposalCommand.SubmitProposal(id, b, title, text, motion, options, competence));
        run(proposer, new ProposalCommand.PublishProposal(id, null, null));
        round.add(new Open(id, sample(people, turnout), ballot));
        return id;
    }

    /** An election: the candidates stand while it is a draft, and every voter ranks them. */
    void openElection(BodyId b, String tag, String title, Motion motion, List<MemberId> candidates) {
        ProposalId id = nextId(b, tag);
        run(candidates.get(0), new ProposalCommand.SubmitProposal(id, b, title, "", motion, List.of(), null));
        for (MemberId c : candidates) {
            run(c, new ProposalCommand.StandForElection(id));
        }
        run(candidates.get(0), new ProposalCommand.PublishProposal(id, null, null));
        List<String> names = candidates.stream().map(MemberId::value).toList();
        round.add(new Open(id, sample(members(b), 0.7), v -> stvRanking(names)));
    }

    /** A proposal to a council, whose member bodies (or its delegates) decide it; it closes when the round settles. */
    private ProposalId councilOpen(BodyId council, String tag, String title, String text, Motion motion, String competence, Duration voting) {
        ProposalId id = nextId(council, tag);
        List<MemberId> people = new ArrayList<>(state.peopleBeneath(council));
        people.sort(null);
        MemberId proposer = people.get(rnd.nextInt(people.size()));
        run(proposer, new ProposalCommand.SubmitProposal(id, council, title, text, motion, List.of(), competence));
        run(proposer, new ProposalCommand.PublishProposal(id, null, voting));
        councilOpen.add(id);
        if (tag.equals("item")) {
            localItems.computeIfAbsent(council, c -> new ArrayList<>()).add(id);
        }
        return id;
    }

    /** A council decides by its member bodies' own votes: each assembly votes on its ballot, each member council asks its own members. */
    void councilDecides(BodyId council, String tag, String title, String text, Motion motion, String competence,
            Function<BodyId, Ballot> ballotFor) {
        councilDecides(council, tag, title, text, motion, competence, List.of(), ballotFor);
    }

    /** As above, for an election: the candidates stand before the member bodies decide their votes. */
    void councilDecides(BodyId council, String tag, String title, String text, Motion motion, String competence, List<MemberId> candidates,
            Function<BodyId, Ballot> ballotFor) {
        ProposalId id = councilOpen(council, tag, title, text, motion, competence, null);
        for (MemberId candidate : candidates) {
            run(candidate, new ProposalCommand.StandForElection(id));
        }
        for (BodyId member : sortedMemberBodies(council)) {
            Ballot ballot = ballotFor.apply(member);
            String how = ballot instanceof Ballot.YesNo yn ? yn.choice().name().toLowerCase() : "as decided";
            Motion cast = new Motion.CastBodyVote(id, ballot);
            String castTitle = "Vote " + how + " in the " + state.body(council).name() + " on: " + title;
            if (state.body(member).isAssembly()) {
                open(member, "vote", castTitle, "", cast, List.of(), null, 0.6 + 0.25 * rnd.nextDouble(), yesNo(0.88));
            } else {
                councilDecides(member, "vote", castTitle, "", cast, null, b -> yes());
            }
        }
    }

    /** Voting opens, the voters vote, and the votes close; returns the closing tick's events. */
    List<Event> closeRound() {
        Instant opens = now;
        Instant closes = now;
        for (Open o : round) {
            Proposal p = state.proposal(o.id());
            opens = max(opens, p.votingOpensAt());
            closes = max(closes, p.closesAt());
        }
        tick(opens);
        for (Open o : round) {
            for (MemberId voter : o.voters()) {
                if (state.proposal(o.id()).onRoll(voter.value())) {
                    run(voter, new ProposalCommand.CastVote(o.id(), o.ballot().apply(voter)));
                }
            }
        }
        round.clear();
        return tick(closes.plusSeconds(60));
    }

    /** The councils' proposals of the round close. */
    void settle() {
        Instant closes = now;
        for (ProposalId id : councilOpen) {
            closes = max(closes, state.proposal(id).closesAt());
        }
        councilOpen.clear();
        tick(closes.plusSeconds(60));
    }

    // ---------------------------------------------------------------- running steps

    List<Event> run(MemberId by, Command command) {
        return execute(by, command, null);
    }

    private void refuse(MemberId by, Command command, String rule) {
        execute(by, command, rule);
    }

    List<Event> tick(Instant at) {
        now = max(now, at);
        return execute(null, new Tick(), null);
    }

    List<Event> execute(MemberId by, Command command, String refusal) {
        if (!(command instanceof Tick)) {
            now = now.plusSeconds(1 + rnd.nextInt(9));
        }
        Context ctx = by == null ? Context.system(now) : new Context(by, now);
        Outcome outcome = Mandate.execute(state, command, ctx);
        steps.add(new Step(ctx, command, refusal));
        if (outcome instanceof Outcome.Refused r) {
            if (refusal == null || !refusal.equals(r.rejection().rule())) {
                throw new IllegalStateException("demo step " + (steps.size() - 1) + " refused (" + r.rejection().rule() + "): "
                        + r.rejection().message() + " — " + command);
            }
            return List.of();
        }
        if (refusal != null) {
            throw new IllegalStateException("demo step " + (steps.size() - 1) + " should have been refused with " + refusal + ": " + command);
        }
        return ((Outcome.Accepted) outcome).events();
    }

    // ---------------------------------------------------------------- helpers

    private boolean holdsAnything(MemberId m) {
        for (int t = 0; t < trades.size(); t++) {
            for (BodyId b : trades.get(t)) {
                Delegation d = state.sessions().delegation(tradeFed(t), b);
                if (d != null && (d.seats().contains(m) || d.alternates().contains(m))) {
                    return true;
                }
            }
        }
        return false;
    }

    private ProposalId nextId(BodyId b, String tag) {
        String key = b.value() + "." + tag;
        int n = counters.merge(key, 1, Integer::sum);
        return new ProposalId(key + "." + n);
    }

    List<MemberId> members(BodyId b) {
        List<MemberId> out = new ArrayList<>(state.body(b).members().keySet());
        out.sort(null);
        return out;
    }

    List<BodyId> sortedMemberBodies(BodyId council) {
        List<BodyId> out = new ArrayList<>(state.body(council).memberBodies().keySet());
        out.sort(null);
        return out;
    }

    private List<BodyId> district(int d) {
        List<BodyId> out = new ArrayList<>();
        for (Assembly asm : DemoNames.ASSEMBLIES) {
            if (asm.district() == d) {
                out.add(body(asm));
            }
        }
        return out;
    }

    private List<MemberId> sample(List<MemberId> people, double share) {
        List<MemberId> out = new ArrayList<>();
        for (MemberId m : people) {
            if (rnd.nextDouble() < share) {
                out.add(m);
            }
        }
        return out;
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.shuffle(out, rnd);
        return out;
    }

    Function<MemberId, Ballot> yesNo(double pYes) {
        return v -> {
            double x = rnd.nextDouble();
            return new Ballot.YesNo(x < pYes ? Ballot.Choice.YES : x < pYes + (1 - pYes) * 0.15 ? Ballot.Choice.ABSTAIN : Ballot.Choice.NO);
        };
    }

    static Ballot yes() {
        return new Ballot.YesNo(Ballot.Choice.YES);
    }

    /** A Schulze ranking: the options in a voter's own order, two of them sometimes tied. */
    private Ballot ranking(List<String> options) {
        List<String> order = shuffled(options);
        List<List<String>> ranks = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (i + 1 < order.size() && rnd.nextInt(5) == 0) {
                ranks.add(List.of(order.get(i), order.get(i + 1)));
                i++;
            } else {
                ranks.add(List.of(order.get(i)));
            }
        }
        return new Ballot.Ranking(ranks);
    }

    /** An STV ranking: one candidate per rank, the earlier-standing candidates a little more popular. */
    private Ballot stvRanking(List<String> candidates) {
        List<String> order = new ArrayList<>(candidates);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            if (rnd.nextInt(3) > 0) {
                java.util.Collections.swap(order, i, j);
            }
        }
        return new Ballot.Ranking(order.stream().map(List::of).toList());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static BodyId body(Assembly asm) {
        return new BodyId(asm.id());
    }

    static BodyId localFed(int d) {
        return new BodyId(DemoNames.DISTRICT_IDS.get(d));
    }

    private static BodyId tradeFed(int t) {
        return new BodyId(DemoNames.TRADE_IDS.get(t));
    }

    private static BodyId region() {
        return new BodyId(DemoNames.REGION_ID);
    }

    // ---------------------------------------------------------------- charters

    /** Every kind of decision of the charter deliberates and votes within these windows. */
    private static Charter windows(Charter c, Duration deliberation, Duration voting) {
        Charter out = c;
        for (DecisionKind kind : DecisionKind.values()) {
            out = out.withRule(kind, c.rule(kind).withWindows(deliberation, voting));
        }
        return out;
    }

    /**
     * An assembly deliberates for a day and votes for two; it elects for half a year, two terms at most, and
     * a quarter of its members open a recall vote. The electricians record and flag a breach of their
     * mandate instead of refusing it; the market gardeners admit by two sponsors and a three-day objection window.
     */
    private static Charter assemblyCharter(Assembly asm) {
        Charter c = windows(Charter.defaultAssembly(), DAY, Duration.ofDays(2));
        DelegationRules.BreachPolicy breach = asm.id().equals("electricians") ? DelegationRules.BreachPolicy.RECORD_AND_FLAG
                : DelegationRules.BreachPolicy.REFUSE;
        c = c.withDelegation(new DelegationRules(Duration.ofDays(180), 2, breach, false, Fraction.of(1, 4), false));
        if (asm.id().equals("market-gardeners")) {
            c = new Charter(c.rules(), AdmissionRule.bySponsorship(2, Duration.ofDays(3)), c.weighting(), c.annulmentWindow(),
                    c.publicRecord(), c.delegation(), c.council());
        }
        return c;
    }

    /** A trade federation votes by delegates in seats, a seat per started 25 members (one to three). */
    private static Charter tradeCharter() {
        return windows(Charter.defaultCouncil(), DAY, Duration.ofDays(4)).withCouncil(new CouncilRules(CouncilRules.VotingBy.DELEGATES,
                Apportionment.Rule.perMembers(25, 1, 3), CouncilRules.Referral.ABSTAIN, Fraction.of(1, 3), Fraction.of(1, 4),
                Fraction.of(1, 10), CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE));
    }

    /** A local federation decides by its member assemblies' own votes, each weighing its membership. */
    private static Charter localCharter() {
        Charter c = windows(Charter.defaultCouncil(), DAY, Duration.ofDays(4));
        return new Charter(c.rules(), c.admission(), Weighting.BY_MEMBERSHIP, c.annulmentWindow(), c.publicRecord(), c.delegation(),
                c.council());
    }

    /** The region decides by its local federations' votes; a twenty-fifth of the people beneath it can call a referendum. */
    private static Charter regionCharter() {
        Charter c = windows(Charter.defaultCouncil(), DAY, Duration.ofDays(7));
        c = c.withRule(DecisionKind.REFERENDUM, c.rule(DecisionKind.REFERENDUM).withWindows(Duration.ofDays(2), Duration.ofDays(7)));
        return c.withCouncil(new CouncilRules(CouncilRules.VotingBy.MEMBER_BODIES, Apportionment.Rule.onePerBody(),
                CouncilRules.Referral.ABSTAIN, Fraction.of(1, 2), Fraction.of(1, 2), Fraction.of(1, 25),
                CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE));
    }
}
