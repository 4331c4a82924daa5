package org.mandate.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mandate.core.body.Body;
import org.mandate.core.council.Congress;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.ItemBook;
import org.mandate.core.member.Member;
import org.mandate.core.office.Office;
import org.mandate.core.petition.Petition;
import org.mandate.core.proposal.Proposal;

/**
 * A canonical text of a federation's state, core I and core II alike: bodies, members, proposals with
 * their rolls, ballots, results and breakdowns, delegations (seats, alternates, terms, history),
 * mandates, referrals and seat votes, standing free hands, congresses, offices with their history and
 * notices, and petitions with their signatures. Two states that replay the same events print the same.
 */
public final class Summary {
    private Summary() {}

    public static String of(Federation f) {
        StringBuilder out = new StringBuilder();
        out.append("clock ").append(f.clock()).append(" events ").append(f.eventCount()).append(" members ").append(f.memberCount())
                .append(" due ").append(f.schedule().size()).append('\n');
        TreeSet<MemberId> people = new TreeSet<>(java.util.Comparator.comparing(MemberId::value));
        for (Body b : f.bodies()) {
            people.addAll(b.members().keySet());
        }
        for (MemberId id : people) {
            Member m = f.member(id);
            out.append("member ").append(id).append(' ').append(m.registeredAt()).append(' ').append(new TreeSet<>(m.bodies().stream()
                    .map(BodyId::value).toList())).append('\n');
        }
        List<BodyId> councils = new ArrayList<>();
        for (Body b : f.bodies()) {
            out.append("body ").append(b.id()).append(' ').append(b.type()).append(' ').append(b.name()).append(' ').append(b.axis())
                    .append(' ').append(b.foundedAt()).append('\n')
                    .append("  charter ").append(b.charter()).append('\n')
                    .append("  members ").append(sorted(b.members())).append('\n')
                    .append("  member bodies ").append(sorted(b.memberBodies())).append('\n')
                    .append("  councils ").append(sorted(b.councils())).append('\n')
                    .append("  competences ").append(b.competences()).append('\n');
            if (b.isCouncil()) {
                councils.add(b.id());
            }
            for (var e : new TreeMap<>(f.offices().of(b.id())).entrySet()) {
                for (Office o : f.offices().history(b.id(), e.getKey())) {
                    out.append("  office ").append(o.name()).append(' ').append(new TreeSet<>(o.permissions())).append(" holders ")
                            .append(o.holders()).append(" elected ").append(o.elected()).append(" until ").append(o.termEnds())
                            .append(" by ").append(o.decision()).append(o.ended() ? " ended" : "").append('\n');
                }
            }
            out.append("  notices ").append(f.offices().notices(b.id())).append('\n');
        }
        for (BodyId council : councils) {
            for (Body member : f.bodies()) {
                for (Delegation d : f.sessions().history(council, member.id())) {
                    out.append("delegation ").append(member.id()).append(" to ").append(council).append(" seats ").append(d.seats())
                            .append(" alternates ").append(d.alternates()).append(' ').append(d.termStarts()).append("..")
                            .append(d.termEnds()).append(" by ").append(d.decision()).append(d.ended() ? " ended" : "").append('\n');
                }
                if (!f.sessions().freeHands(council, member.id()).isEmpty()) {
                    out.append("free hands of ").append(member.id()).append(" in ").append(council).append(' ')
                            .append(f.sessions().freeHands(council, member.id())).append('\n');
                }
            }
            for (Congress c : f.sessions().congresses(council)) {
                out.append("congress ").append(c.id()).append(" of ").append(council).append(' ').append(c.convenedAt()).append("..")
                        .append(c.until()).append(c.sitting() ? " sitting" : " closed").append(" agenda ")
                        .append(c.agenda(f, council)).append('\n');
            }
        }
        for (Proposal p : f.proposals()) {
            out.append("proposal ").append(p.id()).append(' ').append(p.body()).append(' ').append(p.proposer()).append(' ')
                    .append(p.motion()).append(' ').append(p.phase()).append(' ').append(p.options()).append(' ').append(p.text()).append('\n')
                    .append("  rule ").append(p.rule()).append(' ').append(p.publishedAt()).append(' ').append(p.votingOpensAt())
                    .append(' ').append(p.closesAt()).append('\n');
            if (p.roll() != null) {
                out.append("  roll ").append(p.roll().getClass().getSimpleName()).append(' ').append(new TreeMap<>(p.roll().asMap()))
                        .append(" weight ").append(p.rollWeight()).append('\n');
            }
            out.append("  participants ").append(new TreeSet<>(p.participants())).append('\n')
                    .append("  ballots ").append(new TreeMap<>(p.openBallots())).append(" unsealed ").append(p.unsealedBallots()).append('\n')
                    .append("  result ").append(p.result()).append(" closed ").append(p.closedAt()).append(" annulled by ")
                    .append(p.annulledBy()).append('\n')
                    .append("  breakdown ").append(p.breakdown()).append('\n')
                    .append("  amendments ").append(p.amendments().values().stream().map(a -> a.id() + ":" + a.status() + ":" + a.text()).toList())
                    .append('\n');
            ItemBook book = f.sessions().item(p.id());
            if (book != null) {
                out.append("  mandates ").append(book.mandates()).append('\n')
                        .append("  referred ").append(book.referred()).append('\n')
                        .append("  seat votes ").append(new TreeMap<>(book.votes())).append('\n');
            }
        }
        for (Petition p : f.petitions().all()) {
            out.append("petition ").append(p.id()).append(' ').append(p.kind()).append(' ').append(p.body()).append(" by ").append(p.openedBy())
                    .append(' ').append(p.openedAt()).append(' ').append(p.title()).append(" target ").append(p.target()).append(' ')
                    .append(p.council()).append(' ').append(p.office()).append(" members ").append(p.memberSignatures()).append(" bodies ")
                    .append(p.bodySignatures()).append(p.succeeded() ? " succeeded" : "").append('\n');
        }
        credit(f, out);
        return out.toString();
    }

    /** Mutual credit: each ledger's accounts with limits and histories, invoices with what reduced them, clearings with their lines. */
    private static void credit(Federation f, StringBuilder out) {
        for (org.mandate.core.credit.Ledger l : f.credit().all()) {
            out.append("credit ").append(l.council()).append(' ').append(l.unit()).append(" by ").append(l.decision()).append(' ')
                    .append(l.adoptedAt()).append(" rule ").append(l.rule(f)).append('\n');
            for (BodyId b : l.accounts(f)) {
                out.append("  account ").append(b).append(' ').append(l.balance(b)).append(" limit ").append(l.limit(f, b, f.clock()))
                        .append(' ').append(l.history(b)).append('\n');
            }
            for (org.mandate.core.credit.Invoice i : l.invoices()) {
                out.append("  invoice ").append(i.id()).append(' ').append(i.debtor()).append("->").append(i.creditor()).append(' ')
                        .append(i.amount()).append(' ').append(i.status()).append(' ').append(i.answeredAt()).append(' ').append(i.disputeReason())
                        .append(" paid ").append(i.paid()).append(" outstanding ").append(i.outstanding()).append(' ').append(i.clearings())
                        .append('\n');
            }
            for (org.mandate.core.credit.ScheduledClearing c : l.clearings()) {
                out.append("  clearing ").append(c.id()).append(' ').append(c.when()).append(' ').append(c.settleThroughCredit())
                        .append(" applied ").append(c.appliedAt()).append(' ').append(c.participants()).append(' ').append(c.balancesBefore())
                        .append(' ').append(c.lines()).append('\n');
            }
        }
    }

    private static <K, V> Map<String, V> sorted(Map<K, V> map) {
        Map<String, V> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }
}
