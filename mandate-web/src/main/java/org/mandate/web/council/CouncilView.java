package org.mandate.web.council;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.core.council.Congress;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.GivenMandate;
import org.mandate.core.council.ItemBook;
import org.mandate.core.council.Seating;
import org.mandate.core.council.SessionRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.proposal.Proposal;
import org.mandate.server.read.Indexes;
import org.mandate.web.body.BodyView;
import org.mandate.web.site.Fact;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A council in session: its seats, computed from each member body's verified membership and never
 * typed in, with how they were computed; the delegates each body sent; the standing free hands; and the
 * agenda, each item with the mandate every member body gave and the bodies it is still referred back to.
 */
public record CouncilView(String id, String name, String voting, String seatRule, List<SeatRow> seats, List<String> awards,
        List<BodyView.Sent> delegations, List<Fact> freeHands, List<Item> agenda, int agendaSize, List<Fact> congresses, Ref credit, Ref plans) {

    static final int AGENDA = 40;

    public record SeatRow(Ref body, long people, int seats) {}

    public record Item(BodyView.Row row, List<Fact> mandates, List<String> referred) {}

    public static CouncilView of(Federation state, Indexes index, Body council, Text t) {
        Seating.Apportioned a = Seating.apportion(state, council);
        List<SeatRow> seats = new ArrayList<>();
        for (int i = 0; i < a.bodies().size(); i++) {
            BodyId b = a.bodies().get(i);
            seats.add(new SeatRow(Ref.body(state.body(b), ""), a.membership()[i], a.seats().get(b)));
        }
        List<String> awards = new ArrayList<>();
        for (Apportionment.Award w : a.awards()) {
            awards.add(t.plain("council.award", w.seat() + 1, state.body(a.bodies().get(w.body())).name(), w.numerator(), w.denominator()));
        }
        List<BodyView.Sent> delegations = new ArrayList<>();
        List<Fact> freeHands = new ArrayList<>();
        for (BodyId b : council.memberBodies().keySet()) {
            Delegation d = state.sessions().delegation(council.id(), b);
            if (d != null) {
                delegations.add(BodyView.sent(state, d, t));
            }
            for (GivenMandate m : state.sessions().freeHands(council.id(), b)) {
                freeHands.add(new Fact(state.body(b).name(), m.instruction().describe() + " — " + t.plain("note.given", Words.when(m.at()))));
            }
        }
        List<Proposal> items = index.proposals(council.id()).stream().map(state::proposal).toList();
        List<Item> agenda = new ArrayList<>();
        for (int i = items.size() - 1; i >= 0 && agenda.size() < AGENDA; i--) {
            agenda.add(item(state, council, items.get(i), t));
        }
        List<Fact> congresses = state.sessions().congresses(council.id()).stream().map((Congress c) -> new Fact(c.id(),
                t.plain(c.sitting() ? "council.congress.sitting" : "council.congress.closed", Words.when(c.convenedAt()), Words.when(c.until()))))
                .toList();
        return new CouncilView(council.id().value(), council.name(),
                t.plain("charter.voting." + council.charter().council().voting().name().toLowerCase(java.util.Locale.ROOT)),
                org.mandate.web.body.BodyView.seatRule(council, t), seats, awards, delegations, freeHands, agenda, items.size(), congresses,
                state.credit().of(council.id()) == null ? null : new Ref("/councils/" + council.id().value() + "/credit", t.plain("credit.link.council"),
                        state.credit().of(council.id()).unit()), org.mandate.web.plan.PlanPages.councilLink(state, council.id(), t));
    }

    private static Item item(Federation state, Body council, Proposal p, Text t) {
        List<Fact> mandates = new ArrayList<>();
        List<String> referred = new ArrayList<>();
        ItemBook book = state.sessions().item(p.id());
        if (p.roll() != null) {
            for (String b : p.roll().asMap().keySet()) {
                Body body = state.body(new BodyId(b));
                GivenMandate m = SessionRules.mandate(state, council.id(), new BodyId(b), p);
                if (m != null) {
                    mandates.add(new Fact(body == null ? b : body.name(), m.instruction().describe()));
                } else if (book != null && book.referred().contains(new BodyId(b))) {
                    referred.add(body == null ? b : body.name());
                }
            }
        }
        return new Item(BodyView.row(p, t), mandates, referred);
    }
}
