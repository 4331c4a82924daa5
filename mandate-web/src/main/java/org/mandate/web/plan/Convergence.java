package org.mandate.web.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.plan.PlanTerms.RoundFigures;

/**
 * The convergence plot, drawn on the server: the largest relative imbalance of each round on a log
 * scale (a plan's imbalances fall from tens of per cent to a fraction of the tolerance, which a linear
 * axis would flatten to nothing), a point per round joined by a line, the council's tolerance as a
 * dashed line, and each human round as a marked vertical line. The scale runs over whole decades that
 * hold every point and the tolerance; an imbalance of zero is drawn at the floor of one part per million.
 */
public record Convergence(int width, int height, int left, int right, int top, int bottom, List<Point> points, String line,
        String toleranceY, String toleranceLabel, List<Mark> human, List<Tick> yTicks, List<Tick> xTicks) {

    /** A round's point, with the sentence a pointer or screen reader gets. */
    public record Point(int round, String x, String y, String title, boolean human) {}

    /** A human round's line, with its label ("H1"). */
    public record Mark(String x, String label, String title) {}

    /** A labelled position along an axis. */
    public record Tick(String at, String label) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    static final int LEFT = 84;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    /** One line per round: its number, largest imbalance (ppm) and, as the title, what the point says in words. */
    record Round(int number, long largest, String title, boolean human) {}

    static Convergence draw(List<Round> rounds, long tolerancePpm, List<Integer> humanRounds, String toleranceLabel, String humanTitle) {
        double lo = Math.log10(Math.max(1, tolerancePpm));
        double hi = lo;
        for (Round r : rounds) {
            double v = Math.log10(Math.max(1, r.largest()));
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        int bottomDecade = (int) Math.floor(lo);
        int topDecade = Math.max(bottomDecade + 1, (int) Math.ceil(hi));
        int n = rounds.isEmpty() ? 1 : rounds.get(rounds.size() - 1).number();
        int first = rounds.isEmpty() ? 1 : rounds.get(0).number();
        Scale scale = new Scale(first, n, bottomDecade, topDecade);
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Round r : rounds) {
            String x = fmt(scale.x(r.number()));
            String y = fmt(scale.y(r.largest()));
            points.add(new Point(r.number(), x, y, r.title(), r.human()));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < humanRounds.size(); i++) {
            int h = humanRounds.get(i);
            if (h >= first && h <= n) {
                marks.add(new Mark(fmt(scale.x(h)), "H" + (i + 1), humanTitle.replace("{0}", String.valueOf(i + 1)).replace("{1}", String.valueOf(h))));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int d = bottomDecade; d <= topDecade; d++) {
            yTicks.add(new Tick(fmt(scale.y(Math.round(Math.pow(10, d)))), Figures.percent(Math.round(Math.pow(10, d)))));
        }
        List<Tick> xTicks = new ArrayList<>();
        int step = step(n - first + 1);
        for (int k = first; k <= n; k++) {
            if (k == first || k == n || k % step == 0 && n - k >= step / 2 && k - first >= step / 2) {
                xTicks.add(new Tick(fmt(scale.x(k)), String.valueOf(k)));
            }
        }
        return new Convergence(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, points, line.toString(),
                fmt(scale.y(Math.max(1, tolerancePpm))), toleranceLabel, marks, yTicks, xTicks);
    }

    /** A round number every 1, 2, 5, 10, 20, 50… rounds, so that about ten are labelled. */
    static int step(int rounds) {
        int[] nice = {1, 2, 5};
        for (int scale = 1; ; scale *= 10) {
            for (int m : nice) {
                if (rounds / (m * scale) <= 10) {
                    return m * scale;
                }
            }
        }
    }

    private record Scale(int first, int last, int bottomDecade, int topDecade) {
        double x(int round) {
            double span = WIDTH - LEFT - RIGHT;
            return last == first ? LEFT + span / 2 : LEFT + span * (round - first) / (last - first);
        }

        double y(long ppm) {
            double v = Math.log10(Math.max(1, ppm));
            double span = HEIGHT - TOP - BOTTOM;
            return TOP + span * (topDecade - v) / (topDecade - bottomDecade);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
