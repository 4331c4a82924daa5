package org.mandate.core.proposal;

import java.util.Collections;
import java.util.Map;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;

/**
 * The voter roll of a proposal, frozen at its publication. An assembly's roll is not copied: it is
 * its membership as of the publication event, read from the membership history, so a large body's
 * many proposals cost no memory per voter. A council's roll is the small map of its member bodies'
 * weights at that moment.
 */
public sealed interface Roll {

    /** The voter's weight on this roll; 0 when not on it. */
    long weight(String voter);

    /** The roll's total weight: the base of the quorum. */
    long total();

    /** Every voter with their weight: for pages and tests; an assembly's roll is rebuilt from its membership history. */
    Map<String, Long> asMap();

    default boolean contains(String voter) {
        return weight(voter) > 0;
    }

    /** The members of an assembly just before event number {@code freeze}, one vote each. */
    record Members(Body body, long freeze, long total) implements Roll {
        public long weight(String voter) {
            return body.wasMemberAt(new MemberId(voter), freeze) ? 1 : 0;
        }

        public Map<String, Long> asMap() {
            Map<String, Long> out = new java.util.HashMap<>();
            body.membersAt(freeze).forEach(m -> out.put(m.value(), 1L));
            return out;
        }
    }

    /** A council's member bodies at the freeze, each with its weight. */
    record Bodies(Map<String, Long> weights, long total) implements Roll {
        public Bodies {
            weights = Collections.unmodifiableMap(weights);
        }

        public long weight(String voter) {
            return weights.getOrDefault(voter, 0L);
        }

        /** A member body weighted by membership may weigh nothing and still be on the roll. */
        @Override
        public boolean contains(String voter) {
            return weights.containsKey(voter);
        }

        public Map<String, Long> asMap() {
            return weights;
        }
    }

    /** A council's seats at the freeze, by member body: each seat one vote, cast by a delegate. */
    record Seats(Map<String, Long> weights, long total) implements Roll {
        public Seats {
            weights = Collections.unmodifiableMap(weights);
        }

        public long weight(String voter) {
            return weights.getOrDefault(voter, 0L);
        }

        public Map<String, Long> asMap() {
            return weights;
        }
    }

    /** Everyone in every assembly beneath a council just before event {@code freeze}, each once: a referendum's roll. */
    record People(java.util.Set<String> people, long freeze) implements Roll {
        public People {
            people = Collections.unmodifiableSet(people);
        }

        public long weight(String voter) {
            return people.contains(voter) ? 1 : 0;
        }

        public long total() {
            return people.size();
        }

        public Map<String, Long> asMap() {
            Map<String, Long> out = new java.util.HashMap<>();
            people.forEach(m -> out.put(m, 1L));
            return out;
        }
    }

    Roll NONE = new Bodies(Map.of(), 0);

    /**
     * The part of a council's roll whose bodies still belong to it: a body that left during the vote no
     * longer takes part in the council's decisions, neither its ballot nor its weight.
     */
    static Map<String, Long> staying(Map<String, Long> weights, org.mandate.core.body.Body council) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        weights.forEach((body, w) -> {
            if (council.memberBodies().containsKey(new org.mandate.core.BodyId(body))) {
                out.put(body, w);
            }
        });
        return out;
    }
}
