package org.mandate.economy.planning.procedure;

/**
 * How a run goes: the most rounds before it stops unsettled, whether councils respond in parallel,
 * and whether each round's prices and imbalances per good are kept (a report needs them; a run over
 * 200,000 goods need not hold them for every round). The tolerance is the instance's own.
 */
public record Settings(int maxRounds, boolean parallel, boolean keepPrices) {
    public static final int DEFAULT_MAX_ROUNDS = 10_000;

    public Settings {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("a run needs at least one round");
        }
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_MAX_ROUNDS, true, true);
    }

    public Settings withMaxRounds(int rounds) {
        return new Settings(rounds, parallel, keepPrices);
    }

    public Settings withParallel(boolean inParallel) {
        return new Settings(maxRounds, inParallel, keepPrices);
    }

    public Settings withKeepPrices(boolean keep) {
        return new Settings(maxRounds, parallel, keep);
    }
}
