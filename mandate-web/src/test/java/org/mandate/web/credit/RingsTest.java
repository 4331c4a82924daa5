package org.mandate.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drawing of a cleared cycle: inside its box at every size, each arrow from a body to the one it owed, two bodies' arrows apart. */
class RingsTest {
    /** Roughly the width of a character of the drawing's 12px font, generously. */
    private static final double CHAR = 7.0;

    private static Rings ring(int k, String name) {
        List<Rings.Body> bodies = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            bodies.add(new Rings.Body(name + " " + i, "/b/" + i));
            titles.add("debt " + i);
        }
        return Rings.draw(bodies, titles, "70");
    }

    private static double[] numbers(String path) {
        return Arrays.stream(path.replaceAll("[MQ]", " ").trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void every_node_arrow_and_name_of_a_ring_of_two_to_forty_bodies_stands_inside_the_drawing_and_no_two_names_overlap() {
        for (int k = 2; k <= 40; k++) {
            for (String name : List.of("Mill", "The Northside Bakery Workers' Section of the Union")) {
                Rings r = ring(k, name);
                assertThat(r.nodes()).hasSize(k);
                assertThat(r.arrows()).hasSize(k);
                List<double[]> boxes = new ArrayList<>();
                for (Rings.Node n : r.nodes()) {
                    double lx = Double.parseDouble(n.lx());
                    double width = n.label().length() * CHAR;
                    double left = n.anchor().equals("start") ? lx : n.anchor().equals("end") ? lx - width : lx - width / 2;
                    double ly = Double.parseDouble(n.ly());
                    for (double[] b : boxes) {
                        boolean apart = left + width <= b[0] || b[1] <= left || ly <= b[2] - 12 || b[2] <= ly - 12;
                        assertThat(apart).as("k=%d: the name %s overlaps another", k, n.label()).isTrue();
                    }
                    boxes.add(new double[] {left, left + width, ly});
                    assertThat(left).as("k=%d, %s", k, n.label()).isGreaterThanOrEqualTo(0);
                    assertThat(left + width).as("k=%d, %s", k, n.label()).isLessThanOrEqualTo(r.width());
                    assertThat(Double.parseDouble(n.ly())).isBetween(12.0, (double) r.height());
                    assertThat(n.label().length()).isLessThanOrEqualTo(Rings.LABEL);
                }
                for (Rings.Arrow a : r.arrows()) {
                    double[] p = numbers(a.d());
                    for (int i = 0; i < p.length; i += 2) {
                        assertThat(p[i]).isBetween(0.0, (double) r.width());
                        assertThat(p[i + 1]).isBetween(0.0, (double) r.height());
                    }
                }
            }
        }
    }

    @Test
    void each_arrow_goes_from_a_body_to_the_next_around_the_ring() {
        Rings r = ring(5, "Body");
        for (int i = 0; i < 5; i++) {
            double[] p = numbers(r.arrows().get(i).d());
            Rings.Node from = r.nodes().get(i);
            Rings.Node to = r.nodes().get((i + 1) % 5);
            assertThat(Math.hypot(p[0] - Double.parseDouble(from.x()), p[1] - Double.parseDouble(from.y()))).isLessThan(Rings.NODE + 3);
            assertThat(Math.hypot(p[4] - Double.parseDouble(to.x()), p[5] - Double.parseDouble(to.y()))).isLessThan(Rings.NODE + 6);
            assertThat(r.arrows().get(i).title()).isEqualTo("debt " + i);
        }
    }

    @Test
    void two_bodies_owing_each_other_get_two_arrows_bent_to_either_side() {
        Rings r = ring(2, "Body");
        double centre = Double.parseDouble(r.nodes().get(0).x());
        double bend0 = numbers(r.arrows().get(0).d())[2] - centre;
        double bend1 = numbers(r.arrows().get(1).d())[2] - centre;
        assertThat(bend0 * bend1).as("the control points stand on opposite sides of the line between the bodies").isNegative();
        assertThat(Math.abs(bend0)).isGreaterThan(20);
    }

    @Test
    void a_long_name_is_shortened_on_the_drawing_and_kept_whole_in_its_tooltip() {
        Rings.Node n = ring(3, "The Northside Bakery Workers' Section").nodes().get(0);
        assertThat(n.label()).endsWith("…").hasSizeLessThanOrEqualTo(Rings.LABEL);
        assertThat(n.name()).isEqualTo("The Northside Bakery Workers' Section 0");
    }
}
