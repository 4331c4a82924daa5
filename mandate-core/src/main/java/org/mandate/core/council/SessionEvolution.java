package org.mandate.core.council;

import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.clock.Due;
import org.mandate.core.council.CouncilEvent.*;

/** Folds council session events into the state. */
public final class SessionEvolution {
    private SessionEvolution() {}

    public static void evolve(Federation state, CouncilEvent event) {
        Sessions s = state.sessions();
        switch (event) {
            case DelegatesElected e -> {
                Delegation old = s.delegation(e.council(), e.body());
                if (old != null && !old.ended()) {
                    state.schedule().remove(termEnd(old.council(), old.body(), old.termEnds()));
                    old.end();
                }
                java.util.List<org.mandate.core.MemberId> seats = new java.util.ArrayList<>(e.delegates());
                while (seats.size() < e.seats()) {
                    seats.add(null);
                }
                s.install(new Delegation(e.council(), e.body(), seats, e.alternates(), e.at(), e.termEnds(), e.decision()));
                state.schedule().add(termEnd(e.council(), e.body(), e.termEnds()));
            }
            case DelegationEnded e -> {
                Delegation d = delegation(s, e.council(), e.body());
                state.schedule().remove(termEnd(e.council(), e.body(), d.termEnds()));
                d.end();
            }
            case SeatPassedToAlternate e -> delegation(s, e.council(), e.body()).fill(e.seat(), e.to());
            case SeatFilled e -> delegation(s, e.council(), e.body()).fill(e.seat(), e.member());
            case SeatVacated e -> delegation(s, e.council(), e.body()).vacate(e.seat());
            case AlternateRemoved e -> delegation(s, e.council(), e.body()).dropAlternate(e.alternate());
            case MandateGiven e -> {
                GivenMandate m = new GivenMandate(e.instruction(), e.decision(), e.survivesAmendment(), e.at());
                if (e.item() == null) {
                    s.standing(e.council(), e.body(), m);
                } else {
                    s.openItem(e.item()).mandate(e.body(), m);
                }
            }
            case MandatesVoided e -> e.bodies().forEach(b -> s.openItem(e.item()).voidMandate(b));
            case ItemReferred e -> e.bodies().forEach(b -> s.openItem(e.item()).refer(b));
            case SeatVoteCast e -> s.openItem(e.item()).vote(new SeatVote(e.body(), e.seat(), e.delegate(), e.ballot(), null));
            case MandateBreached e -> {
                ItemBook book = s.openItem(e.item());
                for (SeatVote v : book.votes().values()) {
                    if (v.body().equals(e.body()) && v.delegate().equals(e.delegate())) {
                        book.vote(new SeatVote(v.body(), v.seat(), v.delegate(), v.ballot(), e.instruction()));
                        break;
                    }
                }
            }
            case SeatVotesWithdrawn e -> {
                for (var item : e.items()) {
                    ItemBook book = s.openItem(item);
                    book.votes().values().stream()
                            .filter(v -> v.body().equals(e.body()) && v.delegate().equals(e.delegate()))
                            .map(SeatVote::key).toList().forEach(book::withdraw);
                }
            }
            case CongressConvened e -> {
                s.convene(e.council(), new Congress(e.congress(), e.at(), e.until()));
                state.schedule().add(new Due(e.until(), Due.What.CONGRESS_END, e.council().value() + "/" + e.congress()));
            }
            case CongressClosed e -> {
                Congress c = s.congresses(e.council()).stream().filter(x -> x.id().equals(e.congress())).findFirst()
                        .orElseThrow(() -> new MandateException("no congress " + e.congress() + " of " + e.council() + ": the log is not consistent"));
                state.schedule().remove(new Due(c.until(), Due.What.CONGRESS_END, e.council().value() + "/" + e.congress()));
                c.close();
            }
        }
    }

    public static Due termEnd(BodyId council, BodyId body, java.time.Instant at) {
        return new Due(at, Due.What.TERM_END, council.value() + "/" + body.value());
    }

    private static Delegation delegation(Sessions s, BodyId council, BodyId body) {
        Delegation d = s.delegation(council, body);
        if (d == null) {
            throw new MandateException("no delegation of " + body + " to " + council + ": the log is not consistent");
        }
        return d;
    }
}
