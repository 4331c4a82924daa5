package org.mandate.web.federation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;

/**
 * The federation as a graph, one drawing per axis: the councils of that axis and every body beneath
 * them, each member body joined to the council it belongs to. A body may appear on several axes (a
 * section in both its district and its trade federation): the federation is a graph, not a tree. Beside
 * each drawing, the same facts as a list, for a screen reader or a text browser.
 */
public record FederationView(int assemblies, int councils, List<Axis> axes, List<Ref> unfederated) {

    /** One axis: its name, its drawing, and each council with its member bodies in words. */
    public record Axis(String name, Layout.Drawing drawing, List<Council> councils) {}

    public record Council(Ref council, List<Ref> members) {}

    public static FederationView of(Federation state, Text t) {
        TreeSet<String> axes = new TreeSet<>();
        int councils = 0;
        int assemblies = 0;
        List<Ref> unfederated = new ArrayList<>();
        for (Body b : state.bodies()) {
            if (b.isCouncil()) {
                councils++;
                axes.add(b.axis());
            } else {
                assemblies++;
                if (b.councils().isEmpty()) {
                    unfederated.add(Ref.body(b, t.plain("note.members", b.members().size())));
                }
            }
        }
        unfederated.sort(Comparator.comparing(Ref::label));
        List<Axis> out = new ArrayList<>();
        for (String axis : axes) {
            out.add(axis(state, axis));
        }
        return new FederationView(assemblies, councils, out, unfederated);
    }

    /** The councils of the axis and everything beneath them, found by walking down from each. */
    private static Axis axis(Federation state, String axis) {
        Map<BodyId, Body> found = new LinkedHashMap<>();
        Deque<Body> todo = new ArrayDeque<>();
        state.bodies().stream().filter(b -> b.isCouncil() && axis.equals(b.axis())).forEach(todo::add);
        while (!todo.isEmpty()) {
            Body b = todo.pop();
            if (found.putIfAbsent(b.id(), b) == null && b.isCouncil()) {
                b.memberBodies().keySet().stream().map(state::body).filter(m -> m != null).forEach(todo::add);
            }
        }
        List<Layout.Node> nodes = new ArrayList<>();
        List<Council> list = new ArrayList<>();
        for (Body b : found.values()) {
            List<String> members = b.isCouncil() ? b.memberBodies().keySet().stream().map(BodyId::value).toList() : List.of();
            nodes.add(new Layout.Node(b.id().value(), b.name(), "/bodies/" + b.id().value(), b.isCouncil(), members));
            if (b.isCouncil() && axis.equals(b.axis())) {
                list.add(new Council(Ref.body(b, ""), b.memberBodies().keySet().stream().map(state::body).filter(m -> m != null)
                        .sorted(Comparator.comparing(Body::name)).map(m -> Ref.body(m, "")).toList()));
            }
        }
        list.sort(Comparator.comparing(c -> c.council().label()));
        return new Axis(axis, Layout.draw(nodes), list);
    }
}
