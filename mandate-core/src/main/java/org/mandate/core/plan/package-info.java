/**
 * The plan as federation business: a council opens a plan period by its own decision, the bodies
 * beneath it state what they can produce (techniques) or what they ask for (requests with stated
 * preferences), the server runs the rounds of the planning procedure and records each round's prices
 * and imbalances, human rounds let bodies decide their own proposals, each body ratifies its own last
 * proposal, and the council adopts the whole.
 *
 * <p>The procedure's arithmetic is in {@code mandate-economy}; this package holds the rules a member
 * can break and the checks the core makes of what the server records: that no body is given a
 * quantity outside what it stated, that rounds follow one another, and that a plan called balanced is
 * balanced within the council's tolerance. Every quantity is a whole number of thousandths, so the
 * record holds no fractions (see {@code docs/record-format.md}).
 */
package org.mandate.core.plan;
