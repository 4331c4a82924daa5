package org.mandate.core.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.mandate.core.MandateException;
import org.mandate.core.ProposalId;
import org.mandate.core.count.TieBreak;

/**
 * The order that breaks ties between options, fixed for each proposal before anyone votes: options
 * sorted by SHA-256 of "proposal id, newline, option id" (as lowercase hex). Nobody can choose it
 * (neither the proposer's listing order nor the alphabet favours anyone), and anyone can recompute it.
 */
public final class TieOrder {
    private TieOrder() {}

    /** The tie order as option indices, the winner of every tie first. */
    public static TieBreak of(ProposalId proposal, List<String> options) {
        return of(proposal.value(), options);
    }

    /** The tie order of options within any named scope (a proposal's id, or "seats:" and a council's id). */
    public static TieBreak of(String scope, List<String> options) {
        Integer[] order = new Integer[options.size()];
        String[] keys = new String[options.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            keys[i] = hash(scope + "\n" + options.get(i));
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> options.get(i)));
        return TieBreak.of(Arrays.stream(order).mapToInt(Integer::intValue).toArray());
    }

    /** priority[i] is the place of options.get(i) in the tie order: 0 wins every tie. */
    public static int[] priority(ProposalId proposal, List<String> options) {
        TieBreak order = of(proposal, options);
        int[] priority = new int[options.size()];
        for (int i = 0; i < priority.length; i++) {
            priority[i] = order.position(i);
        }
        return priority;
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new MandateException("SHA-256 is missing from this JDK", e);
        }
    }
}
