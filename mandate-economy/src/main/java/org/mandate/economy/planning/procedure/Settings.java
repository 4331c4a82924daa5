package org.mandate.economy.planning.procedure;

/**
 * How a run goes: the most rounds before it stops unsettled, whether councils respond in parallel,
 * whether each round's prices and imbalances per good are kept (a report needs them; a run over
 * 200,000 goods need not hold them for every round), and the round before which the run does not stop
 * even if settled (a federation's human round scheduled there must still happen when its rounds are
 * rerun from the record). The tolerance is the instance's own.
 */
public record Settings(int maxRounds, boolean parallel, boolean keepPrices, int minRounds) {
    public static final int DEFAULT_MAX_ROUNDS = 10_000;

    public Settings {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("a run needs at least one round");
        }
        if (minRounds > maxRounds) {
            throw new IllegalArgumentException("a run cannot be held to more rounds than it may run");
        }
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_MAX_ROUNDS, true, true, 0);
    }

    public Settings withMaxRounds(int rounds) {
        return new Settings(rounds, parallel, keepPrices, minRounds);
    }

    public Settings withParallel(boolean inParallel) {
        return new Settings(maxRounds, inParallel, keepPrices, minRounds);
    }

    public Settings withKeepPrices(boolean keep) {
        return new Settings(maxRounds, parallel, keep, minRounds);
    }

    /** Runs at least to round {@code round} (when no proof of blocking comes first). */
    public Settings withMinRounds(int round) {
        return new Settings(maxRounds, parallel, keepPrices, round);
    }
}
