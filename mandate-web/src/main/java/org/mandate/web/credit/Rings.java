package org.mandate.web.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cleared cycle drawn as a ring, on the server: its bodies evenly around a circle, first at the top,
 * going clockwise, and from each an arrow, bent outward, to the body it owed, labelled with the amount
 * the clearing took off that debt. Two bodies owing each other get two arrows bent to either side. The
 * ring grows with its bodies so that labels keep apart; the names stand outside it, beside their node.
 */
public record Rings(int width, int height, List<Node> nodes, List<Arrow> arrows) {
    /** A body on the ring: its node, where its name starts and how it is anchored, its full name and its link. */
    public record Node(String x, String y, String lx, String ly, String anchor, String label, String name, String href) {}

    /** An arrow from one body to the next: its path, where its amount stands, the amount, and the debt in words. */
    public record Arrow(String d, String lx, String ly, String label, String title) {}

    /** What is drawn of one body: its name and where it links. */
    record Body(String name, String href) {}

    static final int NODE = 7;
    static final int SIDE = 200;
    static final int TOP = 36;
    static final int LABEL = 22;

    /** {@code bodies.get(i)} owed {@code bodies.get(i+1)}, the last owed the first, each by {@code titles.get(i)}; {@code amount} on every arrow. */
    static Rings draw(List<Body> bodies, List<String> titles, String amount) {
        int k = bodies.size();
        double r = Math.max(70, k * 26);
        double cx = SIDE + r;
        double cy = TOP + r;
        double[] x = new double[k];
        double[] y = new double[k];
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / k;
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            x[i] = cx + r * cos;
            y[i] = cy + r * sin;
            String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            double ly = cy + (r + 14) * sin + (anchor.equals("middle") ? (sin < 0 ? -4 : 12) : 4);
            Body b = bodies.get(i);
            nodes.add(new Node(n(x[i]), n(y[i]), n(cx + (r + 14) * cos), n(ly), anchor, shorten(b.name()), b.name(), b.href()));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int j = (i + 1) % k;
            double dx = x[j] - x[i];
            double dy = y[j] - y[i];
            double len = Math.hypot(dx, dy);
            double nx = dy / len;
            double ny = -dx / len;
            double bend = (k == 2 ? 0.35 : 0.12) * len;
            double qx = (x[i] + x[j]) / 2 + nx * bend;
            double qy = (y[i] + y[j]) / 2 + ny * bend;
            double[] s = toward(x[i], y[i], qx, qy, NODE + 2);
            double[] e = toward(x[j], y[j], qx, qy, NODE + 5);
            double mx = 0.25 * s[0] + 0.5 * qx + 0.25 * e[0] + nx * 11;
            double my = 0.25 * s[1] + 0.5 * qy + 0.25 * e[1] + ny * 11 + 4;
            arrows.add(new Arrow("M" + n(s[0]) + " " + n(s[1]) + " Q" + n(qx) + " " + n(qy) + " " + n(e[0]) + " " + n(e[1]), n(mx), n(my),
                    amount, titles.get(i)));
        }
        return new Rings((int) Math.ceil(2 * cx), (int) Math.ceil(2 * cy), nodes, arrows);
    }

    /** The point {@code by} from (x, y) toward (tx, ty): an arrow starts and ends at the edge of its nodes, not under them. */
    private static double[] toward(double x, double y, double tx, double ty, double by) {
        double len = Math.hypot(tx - x, ty - y);
        return new double[] {x + (tx - x) / len * by, y + (ty - y) / len * by};
    }

    /** A long name shortened on the drawing (the full name is its tooltip and is in the table beside it). */
    static String shorten(String name) {
        return name.length() <= LABEL ? name : name.substring(0, LABEL - 1).strip() + "…";
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
