package org.mandate.economy.planning.model;

/**
 * One step of a stated preference: the next {@code quantity} units of a good are each worth
 * {@code value} hours of labour to the council. Steps are read in order and their values never rise,
 * which is how "diminishing returns" is said: the first units matter most.
 */
public record Step(double quantity, double value) {}
