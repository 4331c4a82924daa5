/**
 * What a participatory plan is made of: the catalogue of {@code Good}s, the {@code WorkersCouncil}s
 * with their {@code Technique}s, the {@code ConsumersCouncil}s with their {@code Request}s and stated
 * preferences ({@code Step}s), the {@code PlanPeriod} and the tolerance, together a
 * {@code PlanningInstance}.
 *
 * <p>Labour is a cost, not a good: every technique states the hours of labour one unit of its activity
 * takes, and consumers' councils value goods in the same hours. So prices come out as social costs in
 * hours per unit, and welfare is the value of what is consumed less the labour spent, in hours. Kinds
 * of labour with limited hours would be goods supplied by councils of workers; that is not modelled
 * yet. The records hold what was stated and check nothing; {@code org.mandate.economy.planning.check}
 * says what is wrong with an instance, rule by rule.
 */
package org.mandate.economy.planning.model;
