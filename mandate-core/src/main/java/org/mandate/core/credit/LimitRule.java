package org.mandate.core.credit;

/**
 * A council's rule for credit limits: {@code permille} thousandths of a body's turnover over the last
 * {@code months} months, never below {@code floor} nor above {@code cap}. Turnover is what the body
 * received as a creditor: invoices it was owed, counted when the debtor accepted them, and payments
 * into its account that paid no invoice (a payment of an invoice is already counted as the invoice).
 */
public record LimitRule(int permille, int months, long floor, long cap) {

    /** The limit for this turnover, exact: rounded down before the floor and cap apply. */
    public long limit(long turnover) {
        long share = turnover / 1000 * permille + turnover % 1000 * permille / 1000;
        return Math.max(floor, Math.min(cap, share));
    }

    /** What is wrong with the rule, or null. */
    String problem() {
        if (permille < 0 || permille > 100_000) {
            return "a limit rule's share is from 0 to 100000 thousandths of turnover";
        }
        if (months < 1 || months > 120) {
            return "a limit rule looks back 1 to 120 months";
        }
        if (floor < 0 || cap < floor || cap > CreditRules.MAX_AMOUNT) {
            return "a limit rule's floor and cap are whole numbers with 0 <= floor <= cap <= " + CreditRules.MAX_AMOUNT;
        }
        return null;
    }
}
