package org.mandate.web.federation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered drawing of a directed acyclic graph of bodies, left to right: each body in the column of its
 * longest path up from an assembly (assemblies in column 0, a council one column right of its highest
 * member), the order within each column chosen to cross few edges (barycentre sweeps, the classic
 * Sugiyama heuristic), and every node a fixed-size box, so labels stay legible however many bodies
 * there are: the drawing grows downwards, never shrinks its text. Same input, same drawing: ties are
 * broken by id.
 */
public final class Layout {
    static final int NODE_W = 230;
    static final int NODE_H = 24;
    static final int ROW = 30;
    static final int GAP = 90;
    static final int MARGIN = 8;
    /** Characters that fit in a box at the drawing's font size; longer names are cut, whole in the tooltip. */
    static final int LABEL_CHARS = 30;
    private static final int SWEEPS = 6;

    /** A body to draw: its id, name, link, whether a council, and the ids of its members among the nodes. */
    public record Node(String id, String name, String href, boolean council, List<String> members) {}

    /** A body placed: the box's top-left corner, its column, and its label cut to fit. */
    public record Placed(String id, String name, String label, String href, boolean council, int column, int x, int y) {}

    /** An edge from a member's box to its council's, as an SVG path. */
    public record Edge(String from, String to, String path) {}

    /** The whole drawing: its size, every box (each {@link #boxWidth} by {@link #boxHeight}) and every edge. */
    public record Drawing(int width, int height, List<Placed> nodes, List<Edge> edges) {
        public int boxWidth() {
            return NODE_W;
        }

        public int boxHeight() {
            return NODE_H;
        }
    }

    private Layout() {}

    static Drawing draw(List<Node> input) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        input.stream().sorted(Comparator.comparing(Node::id)).forEach(n -> nodes.put(n.id(), n));
        Map<String, Integer> column = new HashMap<>();
        nodes.keySet().forEach(id -> column(id, nodes, column));
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> order = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            order.add(new ArrayList<>());
        }
        nodes.keySet().forEach(id -> order.get(column.get(id)).add(id));
        Map<String, List<String>> above = new HashMap<>();
        nodes.values().forEach(n -> members(n, nodes).forEach(m -> above.computeIfAbsent(m, k -> new ArrayList<>()).add(n.id())));
        Map<String, Double> place = new HashMap<>();
        positions(order, place);
        for (int s = 0; s < SWEEPS; s++) {
            for (int c = 1; c < columns; c++) {
                sortBy(order.get(c), id -> members(nodes.get(id), nodes), place);
                positions(order, place);
            }
            for (int c = columns - 2; c >= 0; c--) {
                sortBy(order.get(c), id -> above.getOrDefault(id, List.of()), place);
                positions(order, place);
            }
        }
        return coordinates(nodes, order, column);
    }

    /** The members of a node that are themselves in the drawing. */
    private static List<String> members(Node n, Map<String, Node> nodes) {
        return n.members().stream().filter(nodes::containsKey).sorted().toList();
    }

    /** 0 for a body with no member in the drawing, else one more than its highest member; the graph has no cycle (the core refuses one). */
    private static int column(String id, Map<String, Node> nodes, Map<String, Integer> column) {
        Integer known = column.get(id);
        if (known != null) {
            return known;
        }
        int c = 0;
        for (String m : members(nodes.get(id), nodes)) {
            c = Math.max(c, column(m, nodes, column) + 1);
        }
        column.put(id, c);
        return c;
    }

    /** Each node's place in its column as a fraction of the column (0 to 1), so columns of different sizes compare. */
    private static void positions(List<List<String>> order, Map<String, Double> place) {
        for (List<String> col : order) {
            for (int i = 0; i < col.size(); i++) {
                place.put(col.get(i), (i + 0.5) / col.size());
            }
        }
    }

    /** Orders a column by the mean place of each node's neighbours; a node without any keeps its place. */
    private static void sortBy(List<String> col, java.util.function.Function<String, List<String>> neighbours, Map<String, Double> place) {
        Map<String, Double> key = new HashMap<>();
        for (String id : col) {
            List<String> ns = neighbours.apply(id);
            key.put(id, ns.isEmpty() ? place.get(id) : ns.stream().mapToDouble(place::get).average().orElse(0));
        }
        col.sort(Comparator.<String>comparingDouble(key::get).thenComparing(id -> place.get(id)).thenComparing(id -> id));
    }

    /**
     * Column 0 is stacked from the top; each column right of it puts a node level with the middle of its
     * members, pushed down when it would overlap the one above it, and the column is moved up as a
     * whole if that pushed it past the tallest column.
     */
    private static Drawing coordinates(Map<String, Node> nodes, List<List<String>> order, Map<String, Integer> column) {
        Map<String, Integer> y = new HashMap<>();
        int tallest = order.stream().mapToInt(List::size).max().orElse(0);
        int height = Math.max(ROW, tallest * ROW) + 2 * MARGIN;
        for (int c = 0; c < order.size(); c++) {
            List<String> col = order.get(c);
            int previous = Integer.MIN_VALUE;
            for (int i = 0; i < col.size(); i++) {
                Node n = nodes.get(col.get(i));
                List<String> ms = members(n, nodes);
                int want = c == 0 || ms.isEmpty() ? MARGIN + i * ROW
                        : (int) Math.round(ms.stream().mapToInt(y::get).average().orElse(0));
                int at = Math.max(want, previous == Integer.MIN_VALUE ? MARGIN : previous + ROW);
                y.put(n.id(), at);
                previous = at;
            }
            if (!col.isEmpty()) {
                int overflow = y.get(col.get(col.size() - 1)) + NODE_H + MARGIN - height;
                if (overflow > 0) {
                    int floor = MARGIN - ROW;
                    for (String id : col) {
                        // still a row apart, and never above the top: the column fits, as no column is taller than the tallest
                        floor = Math.max(y.get(id) - overflow, floor + ROW);
                        y.put(id, floor);
                    }
                }
            }
        }
        List<Placed> placed = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (List<String> col : order) {
            for (String id : col) {
                Node n = nodes.get(id);
                int x = MARGIN + column.get(id) * (NODE_W + GAP);
                placed.add(new Placed(id, n.name(), label(n.name()), n.href(), n.council(), column.get(id), x, y.get(id)));
                for (String m : members(n, nodes)) {
                    int x1 = MARGIN + column.get(m) * (NODE_W + GAP) + NODE_W;
                    int y1 = y.get(m) + NODE_H / 2;
                    int y2 = y.get(id) + NODE_H / 2;
                    int bend = (x - x1) / 2;
                    edges.add(new Edge(m, id, "M" + x1 + " " + y1 + "C" + (x1 + bend) + " " + y1 + " " + (x - bend) + " " + y2 + " " + x + " " + y2));
                }
            }
        }
        int width = 2 * MARGIN + Math.max(1, order.size()) * NODE_W + Math.max(0, order.size() - 1) * GAP;
        return new Drawing(width, height, placed, edges);
    }

    static String label(String name) {
        return name.length() <= LABEL_CHARS ? name : name.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
}
