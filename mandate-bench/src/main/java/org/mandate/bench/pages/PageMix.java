package org.mandate.bench.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The pages fetched, by kind, each kind with its share of the requests, at random places in the federation:
 * a member's own first page (with their session), an assembly's page at a random page of its members (the
 * assembly of {@code large} members apart), a closed vote every member took part in, a council item with the
 * mandates of its member bodies, a council in session, a member and a delegate, a petition, the record.
 */
final class PageMix {
    private final Map<String, Integer> shares = new LinkedHashMap<>();
    private final Map<String, Function<SplittableRandom, Fetcher.Request>> kinds = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(42);

    PageMix(PageFederation fed, List<String> sessions) {
        int others = fed.assemblies - 1;
        add("home, signed in", 20, r -> new Fetcher.Request("home, signed in", "/", sessions.get(r.nextInt(sessions.size()))));
        add("home, visitor", 5, r -> get("home, visitor", "/"));
        add("every body", 5, r -> get("every body", "/bodies"));
        add("assembly", 10, r -> {
            int a = 1 + r.nextInt(others);
            return get("assembly", "/bodies/a" + a + "?page=" + (1 + r.nextInt(pages(fed.size(a)))));
        });
        add("assembly of " + fed.large, 10, r -> get("assembly of " + fed.large, "/bodies/a0?page=" + (1 + r.nextInt(pages(fed.large)))));
        add("vote, closed", 10, r -> get("vote, closed", "/proposals/a" + r.nextInt(fed.assemblies) + "-budget"));
        add("council item", 10, r -> get("council item", "/proposals/r" + r.nextInt(fed.councils) + "-item" + r.nextInt(Growth.ITEMS)));
        add("council", 10, r -> get("council", "/councils/r" + r.nextInt(fed.councils)));
        add("member", 8, r -> get("member", "/members/m" + r.nextInt(fed.members)));
        add("delegate", 5, r -> get("delegate", "/members/m" + fed.first(r.nextInt(fed.assemblies))));
        add("petition", 4, r -> get("petition", "/petitions/a" + 10 * r.nextInt(fed.assemblies / 10) + "-recall"));
        add("record", 3, r -> get("record", "/record"));
    }

    private static int pages(int members) {
        return Math.max(1, (members + org.mandate.web.body.BodyView.PAGE - 1) / org.mandate.web.body.BodyView.PAGE);
    }

    private static Fetcher.Request get(String kind, String path) {
        return new Fetcher.Request(kind, path, null);
    }

    private void add(String kind, int share, Function<SplittableRandom, Fetcher.Request> make) {
        shares.put(kind, share);
        kinds.put(kind, make);
    }

    List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    /** One request of the kind, at a random place. */
    Fetcher.Request one(String kind) {
        return kinds.get(kind).apply(random);
    }

    /** {@code n} requests, the kinds drawn by their shares. */
    List<Fetcher.Request> requests(int n) {
        int total = shares.values().stream().mapToInt(Integer::intValue).sum();
        List<Fetcher.Request> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(total);
            for (Map.Entry<String, Integer> e : shares.entrySet()) {
                pick -= e.getValue();
                if (pick < 0) {
                    out.add(one(e.getKey()));
                    break;
                }
            }
        }
        return out;
    }
}
