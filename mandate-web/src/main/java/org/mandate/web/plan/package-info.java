/**
 * The pages of participatory planning: a council's plan periods, one period with its phase, catalogue,
 * the bodies' statements and proposals and a convergence plot drawn on the server, one round's prices
 * and imbalances, and a body's part in a plan with the forms its planners and members use (state
 * techniques or requests while the period gathers, put the body's own proposal to its members in a
 * human round, put ratification once balanced) and the facilitator's form that calls a human round.
 * Figures come from the core's plan, as the read model folded it; every form is one of the core's
 * commands or a proposal carrying one of its plan motions, so a refusal shows the core's own sentence.
 */
package org.mandate.web.plan;
