package org.mandate.bench.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The pages fetched, by kind, each kind with its share of the requests, at random places in the federation:
 * a member's own first page; their assembly's page at a random page of its members (the assembly of
 * {@code large} members apart), its closed vote every member took part in, their council's items with the
 * mandates of its member bodies, their council in session, all with their session, so the names of fellow
 * members are shown; the first page and the list of bodies, a member, a delegate, a petition and the record
 * as a visitor.
 */
final class PageMix {
    private final Map<String, Integer> shares = new LinkedHashMap<>();
    private final Map<String, Function<SplittableRandom, Fetcher.Request>> kinds = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(42);

    /**
     * @param sessions the session cookie of each member given an account, by their index ({@code m<index>}); the
     *                 pages a member reads about their own assembly and council are fetched with one of these, so
     *                 the names shown to fellow members are looked up as they would be
     */
    PageMix(PageFederation fed, Map<Integer, String> sessions) {
        List<Integer> all = List.copyOf(sessions.keySet());
        List<Integer> inLarge = all.stream().filter(i -> fed.assemblyOf(i) == 0).toList();
        List<Integer> elsewhere = all.stream().filter(i -> fed.assemblyOf(i) != 0).toList();
        add("home, signed in", 20, r -> signedIn("home, signed in", "/", sessions, all, r));
        add("home, visitor", 5, r -> get("home, visitor", "/"));
        add("every body", 5, r -> get("every body", "/bodies"));
        add("my assembly", 10, r -> {
            int me = elsewhere.get(r.nextInt(elsewhere.size()));
            int a = fed.assemblyOf(me);
            return new Fetcher.Request("my assembly", "/bodies/a" + a + "?page=" + (1 + r.nextInt(pages(fed.size(a)))), sessions.get(me));
        });
        add("my assembly of " + fed.large, 10, r -> new Fetcher.Request("my assembly of " + fed.large,
                "/bodies/a0?page=" + (1 + r.nextInt(pages(fed.large))), sessions.get(inLarge.get(r.nextInt(inLarge.size())))));
        add("my assembly's vote", 10, r -> {
            int me = all.get(r.nextInt(all.size()));
            return new Fetcher.Request("my assembly's vote", "/proposals/a" + fed.assemblyOf(me) + "-budget", sessions.get(me));
        });
        add("my council's item", 10, r -> {
            int me = all.get(r.nextInt(all.size()));
            return new Fetcher.Request("my council's item", "/proposals/r" + fed.council(fed.assemblyOf(me)) + "-item" + r.nextInt(Growth.ITEMS),
                    sessions.get(me));
        });
        add("my council", 10, r -> {
            int me = all.get(r.nextInt(all.size()));
            return new Fetcher.Request("my council", "/councils/r" + fed.council(fed.assemblyOf(me)), sessions.get(me));
        });
        add("member", 8, r -> get("member", "/members/m" + r.nextInt(fed.members)));
        add("delegate", 5, r -> get("delegate", "/members/m" + fed.first(r.nextInt(fed.assemblies))));
        add("petition", 4, r -> get("petition", "/petitions/a" + 10 * r.nextInt(fed.assemblies / 10) + "-recall"));
        add("record", 3, r -> get("record", "/record"));
    }

    private static Fetcher.Request signedIn(String kind, String path, Map<Integer, String> sessions, List<Integer> all, SplittableRandom r) {
        return new Fetcher.Request(kind, path, sessions.get(all.get(r.nextInt(all.size()))));
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
