/**
 * The rules a planning instance, and a council's own proposal, must keep: {@code PlanningProblem} is
 * their sealed catalogue (a rule name and a sentence each, like the core's rejections) and
 * {@code InstanceCheck} finds every problem of an instance before anything is planned. A plan that is
 * well formed but cannot be balanced is reported with the same family
 * ({@code PlanningProblem.CannotBeBalanced}, naming the goods that block it), by the procedure.
 */
package org.mandate.economy.planning.check;
