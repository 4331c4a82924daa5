package org.mandate.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The federation graph's layout at the demo's size: deterministic, nothing overlapping, edges left to right, a tree uncrossed. */
class LayoutTest {

    /** 40 assemblies, numbered so that sorting by id interleaves the 5 districts they belong to, and a region of the districts. */
    private static List<Layout.Node> territory() {
        List<Layout.Node> nodes = new ArrayList<>();
        List<List<String>> districts = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            districts.add(new ArrayList<>());
        }
        for (int i = 0; i < 40; i++) {
            String id = String.format("s%02d", i);
            nodes.add(new Layout.Node(id, "Workers' section of the cooperative number " + i, "/bodies/" + id, false, List.of()));
            districts.get(i % 5).add(id);
        }
        for (int d = 0; d < 5; d++) {
            nodes.add(new Layout.Node("d" + d, "District " + d, "/bodies/d" + d, true, districts.get(d)));
        }
        nodes.add(new Layout.Node("region", "The region", "/bodies/region", true, List.of("d0", "d1", "d2", "d3", "d4")));
        return nodes;
    }

    @Test
    void the_same_federation_in_any_order_gives_the_same_drawing() {
        long seed = new Random().nextLong();
        List<Layout.Node> shuffled = new ArrayList<>(territory());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Layout.draw(shuffled)).as("seed %d", seed).isEqualTo(Layout.draw(territory()));
    }

    @Test
    void assemblies_councils_and_the_region_stand_in_three_columns_without_overlapping() {
        Layout.Drawing d = Layout.draw(territory());
        Map<String, Layout.Placed> at = byId(d);
        assertThat(at.get("s07").column()).isZero();
        assertThat(at.get("d3").column()).isEqualTo(1);
        assertThat(at.get("region").column()).isEqualTo(2);
        for (Layout.Placed a : d.nodes()) {
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + d.boxWidth()).isLessThanOrEqualTo(d.width());
            assertThat(a.y() + d.boxHeight()).isLessThanOrEqualTo(d.height());
            assertThat(a.label().length()).isLessThanOrEqualTo(Layout.LABEL_CHARS);
            for (Layout.Placed b : d.nodes()) {
                if (a != b && a.column() == b.column()) {
                    assertThat(Math.abs(a.y() - b.y())).as(a.id() + " and " + b.id()).isGreaterThanOrEqualTo(d.boxHeight());
                }
            }
        }
        assertThat(d.edges()).hasSize(45);
        assertThat(d.height()).as("legible boxes: the drawing grows rather than shrinks").isGreaterThanOrEqualTo(40 * d.boxHeight());
    }

    @Test
    void every_edge_runs_from_a_members_box_to_its_councils_and_a_tree_crosses_none() {
        Layout.Drawing d = Layout.draw(territory());
        Map<String, Layout.Placed> at = byId(d);
        for (Layout.Edge e : d.edges()) {
            Layout.Placed from = at.get(e.from());
            Layout.Placed to = at.get(e.to());
            assertThat(e.path()).startsWith("M" + (from.x() + d.boxWidth()) + " " + (from.y() + d.boxHeight() / 2) + "C")
                    .endsWith(" " + to.x() + " " + (to.y() + d.boxHeight() / 2));
        }
        int crossings = 0;
        for (Layout.Edge a : d.edges()) {
            for (Layout.Edge b : d.edges()) {
                if (at.get(a.from()).column() == at.get(b.from()).column() && at.get(a.to()).column() == at.get(b.to()).column()
                        && (long) (at.get(a.from()).y() - at.get(b.from()).y()) * (at.get(a.to()).y() - at.get(b.to()).y()) < 0) {
                    crossings++;
                }
            }
        }
        assertThat(crossings).isZero();
    }

    @Test
    void a_body_in_two_councils_is_drawn_once_with_an_edge_to_each() {
        List<Layout.Node> nodes = List.of(new Layout.Node("a", "A", "/bodies/a", false, List.of()),
                new Layout.Node("b", "B", "/bodies/b", false, List.of()),
                new Layout.Node("c1", "C1", "/bodies/c1", true, List.of("a", "b")),
                new Layout.Node("c2", "C2", "/bodies/c2", true, List.of("a", "c1", "elsewhere")));
        Layout.Drawing d = Layout.draw(nodes);
        assertThat(d.nodes()).extracting(Layout.Placed::id).containsExactlyInAnyOrder("a", "b", "c1", "c2");
        assertThat(d.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactlyInAnyOrder("a>c1", "b>c1", "a>c2", "c1>c2");
        assertThat(byId(d).get("c2").column()).as("one column right of its highest member").isEqualTo(2);
    }

    private static Map<String, Layout.Placed> byId(Layout.Drawing d) {
        Map<String, Layout.Placed> at = new HashMap<>();
        d.nodes().forEach(n -> at.put(n.id(), n));
        return at;
    }
}
