package org.mandate.economy.planning.labour;

/** The rules a table of inputs must keep; every problem found in one names the rule it breaks. */
public enum InputRule {
    /** Hours of direct labour per unit are zero or more. */
    NEGATIVE_LABOUR,
    /** A quantity used up per unit is zero or more: production does not create its inputs. */
    NEGATIVE_QUANTITY,
    /** Every figure is a finite number. */
    NOT_A_NUMBER,
    /** Goods are numbered from 0 to one less than the number of goods. */
    UNKNOWN_GOOD,
    /** Each good's labour, and each of its inputs, is stated once, so no figure is ambiguous. */
    STATED_TWICE
}
