/**
 * Every rule the core enforces, each as a named rejection with a sentence a member understands.
 *
 * <p>The catalogue lives in one place, as in LiquidFeedback's core, so that what the software refuses,
 * and why, can be read in one file. Adapters show {@link org.mandate.core.rule.Rejection#rule()} and
 * {@link org.mandate.core.rule.Rejection#message()} as they are; they never invent their own refusals
 * of domain commands.
 */
package org.mandate.core.rule;
