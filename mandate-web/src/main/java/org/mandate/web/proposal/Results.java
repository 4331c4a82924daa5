package org.mandate.web.proposal;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.count.MeekStv;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A closed vote's figures, ready to draw: a bar per choice or option (drawn as SVG on the server), the
 * Schulze pairwise table, and the STV rounds, so anyone can follow the count.
 */
public record Results(String verdict, boolean adopted, List<String> winners, long roll, long turnout, List<Bar> bars,
        List<String> options, List<List<Long>> pairwise, List<List<Long>> strongest, List<Round> rounds, int seats) {

    /** One bar: its label, its figure, and the share of the largest figure it draws (0–100). */
    public record Bar(String label, String figure, int percent, String tone) {}

    /** One round of an STV count: each candidate's votes in this round, who was elected and who excluded. */
    public record Round(int number, List<String> votes, String quota, List<String> elected, List<String> excluded) {}

    static Results of(Result r, Text t) {
        List<Bar> bars = new ArrayList<>();
        List<String> options = List.of();
        List<List<Long>> pairwise = List.of();
        List<List<Long>> strongest = List.of();
        List<Round> rounds = List.of();
        int seats = 0;
        switch (r.tally()) {
            case Tally.YesNo y -> {
                long base = Math.max(1, y.yes() + y.no() + y.abstain());
                bars.add(bar(t.plain("choice.yes"), y.yes(), base, "yes"));
                bars.add(bar(t.plain("choice.no"), y.no(), base, "no"));
                bars.add(bar(t.plain("choice.abstain"), y.abstain(), base, "abstain"));
            }
            case Tally.Consent c -> {
                long base = Math.max(1, c.consents() + c.objections());
                bars.add(bar(t.plain("choice.consent"), c.consents(), base, "yes"));
                bars.add(bar(t.plain("choice.object"), c.objections(), base, "no"));
            }
            case Tally.Consensus c -> {
                long base = Math.max(1, c.agree() + c.standAside() + c.block());
                bars.add(bar(t.plain("choice.agree"), c.agree(), base, "yes"));
                bars.add(bar(t.plain("choice.stand_aside"), c.standAside(), base, "abstain"));
                bars.add(bar(t.plain("choice.block"), c.block(), base, "no"));
            }
            case Tally.Totals x -> {
                long max = Math.max(1, x.totals().stream().mapToLong(Long::longValue).max().orElse(1));
                for (int i = 0; i < x.options().size(); i++) {
                    bars.add(bar(x.options().get(i), x.totals().get(i), max, "yes"));
                }
            }
            case Tally.Schulze s -> {
                options = s.options();
                pairwise = s.pairwise();
                strongest = s.strongest();
            }
            case Tally.Stv s -> {
                options = s.candidates();
                seats = s.seats();
                List<Round> out = new ArrayList<>();
                for (int i = 0; i < s.rounds().size(); i++) {
                    Tally.StvRound x = s.rounds().get(i);
                    out.add(new Round(i + 1, x.votes().stream().map(Results::votes).toList(), votes(x.quota()), x.elected(), x.excluded()));
                }
                rounds = out;
            }
        }
        return new Results(t.plain("verdict." + r.verdict().name().toLowerCase(java.util.Locale.ROOT)), r.adopted(), r.winners(),
                r.tally().roll(), r.tally().turnout(), bars, options, pairwise, strongest, rounds, seats);
    }

    static Bar bar(String label, long value, long base, String tone) {
        return new Bar(label, Long.toString(value), Words.percent(value, base), tone);
    }

    /** Meek's figures are in billionths of a vote: shown with three decimals. */
    static String votes(long billionths) {
        return String.format(java.util.Locale.ROOT, "%.3f", billionths / (double) MeekStv.UNIT);
    }
}
