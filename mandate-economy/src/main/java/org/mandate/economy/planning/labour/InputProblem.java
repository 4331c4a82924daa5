package org.mandate.economy.planning.labour;

/** One thing wrong with a table of inputs: the rule it breaks, the good it concerns and why, in a sentence. */
public record InputProblem(InputRule rule, int good, String sentence) {
    @Override
    public String toString() {
        return rule + ": " + sentence;
    }
}
