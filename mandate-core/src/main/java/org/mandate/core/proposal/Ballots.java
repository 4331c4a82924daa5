package org.mandate.core.proposal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.mandate.core.vote.Ballot;

/**
 * The ballots of one proposal by voter. While the vote is open they sit in a hash map; at the close
 * they are frozen into two sorted arrays, a sixth of the memory, since a federation keeps every closed
 * vote for as long as it exists.
 */
final class Ballots extends AbstractMap<String, Ballot> {
    private Map<String, Ballot> open = new HashMap<>();
    private String[] voters;
    private Ballot[] ballots;

    @Override
    public Ballot get(Object voter) {
        if (open != null) {
            return open.get(voter);
        }
        int i = Arrays.binarySearch(voters, voter);
        return i >= 0 ? ballots[i] : null;
    }

    @Override
    public boolean containsKey(Object voter) {
        return get(voter) != null;
    }

    @Override
    public Ballot put(String voter, Ballot ballot) {
        if (open == null) {
            throw new IllegalStateException("the ballots of a closed vote are final");
        }
        return open.put(voter, ballot);
    }

    void removeAll(Collection<String> voterIds) {
        voterIds.forEach(open::remove);
    }

    /** Freezes the ballots once the vote has closed. */
    void freeze() {
        if (open == null) {
            return;
        }
        voters = open.keySet().toArray(String[]::new);
        Arrays.parallelSort(voters);
        ballots = new Ballot[voters.length];
        for (int i = 0; i < voters.length; i++) {
            ballots[i] = open.get(voters[i]);
        }
        open = null;
    }

    @Override
    public int size() {
        return open != null ? open.size() : voters.length;
    }

    @Override
    public Set<Entry<String, Ballot>> entrySet() {
        if (open != null) {
            return open.entrySet();
        }
        return new AbstractSet<>() {
            public Iterator<Entry<String, Ballot>> iterator() {
                return new Iterator<>() {
                    int i;

                    public boolean hasNext() { return i < voters.length; }

                    public Entry<String, Ballot> next() {
                        if (!hasNext()) {
                            throw new java.util.NoSuchElementException();
                        }
                        i++;
                        return new SimpleImmutableEntry<>(voters[i - 1], ballots[i - 1]);
                    }
                };
            }

            public int size() { return voters.length; }
        };
    }
}
