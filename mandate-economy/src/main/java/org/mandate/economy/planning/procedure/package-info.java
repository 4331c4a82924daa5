/**
 * The planning procedure: rounds in which every council's proposal is its own best response to
 * published prices (or what it proposes for itself in a human round), until proposals fit together
 * within the federation's tolerance. {@code Procedure} runs it on a {@code PlanningInstance} and returns
 * a {@code PlanningOutcome}: a {@code Plan} of the councils' own last proposals, a proof that the
 * instance cannot be balanced naming the goods that block it, the round limit, or the problems that
 * refuse it. Inside, the instance becomes flat arrays ({@code Economy}), rounds are the exchange form of
 * ADMM with a penalty per good ({@code Balancing}, {@code Penalties}), each council's response is
 * solved exactly ({@code Responses}) and valued in hours ({@code Valuation}, {@code Figures}).
 *
 * <p>No clock, no randomness, no I/O: the same instance and the same human proposals give the same
 * rounds and the same plan, whatever the number of threads.
 */
package org.mandate.economy.planning.procedure;
