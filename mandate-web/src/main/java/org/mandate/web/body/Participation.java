package org.mandate.web.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mandate.core.proposal.Proposal;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * Participation over time, drawn on the server: one bar per closed vote of a body, in the order they
 * closed, as high as the share of the roll that took part, each bar a link to its proposal. A body whose
 * members stop voting shows it here before anywhere else.
 */
public record Participation(int width, int height, List<Bar> bars, int average) {
    /** The most recent closed votes drawn. */
    static final int VOTES = 40;
    static final int BAR = 14;
    static final int STEP = 18;
    static final int LEFT = 40;
    static final int TOP = 8;
    static final int PLOT = 120;

    /** A bar: where it stands, its height, its proposal, and what it says in words (its link's name and tooltip). */
    public record Bar(int x, int y, int height, String href, String title) {}

    /** The y of a share of the roll (0–100) on the plot. */
    public static int y(int percent) {
        return TOP + PLOT - PLOT * percent / 100;
    }

    public int barWidth() {
        return BAR;
    }

    public int left() {
        return LEFT;
    }

    static Participation of(List<Proposal> proposals, Text t) {
        List<Proposal> closed = new ArrayList<>(proposals.stream().filter(p -> p.result() != null && p.closedAt() != null).toList());
        closed.sort(Comparator.comparing(Proposal::closedAt).thenComparing(p -> p.id().value()));
        List<Proposal> shown = closed.subList(Math.max(0, closed.size() - VOTES), closed.size());
        List<Bar> bars = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < shown.size(); i++) {
            Proposal p = shown.get(i);
            long turnout = p.result().tally().turnout();
            long roll = p.result().tally().roll();
            int percent = Words.percent(turnout, roll);
            sum += percent;
            int h = PLOT * percent / 100;
            bars.add(new Bar(LEFT + 4 + i * STEP, TOP + PLOT - h, h, "/proposals/" + p.id().value(),
                    t.plain("participation.bar", p.title(), turnout, roll, percent, Words.when(p.closedAt()))));
        }
        int width = LEFT + 8 + Math.max(10, shown.size()) * STEP;
        return new Participation(width, TOP + PLOT + 24, bars, bars.isEmpty() ? 0 : (int) (sum / bars.size()));
    }
}
