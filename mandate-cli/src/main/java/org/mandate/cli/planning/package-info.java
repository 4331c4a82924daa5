/**
 * {@code mandate plan}: on a standalone instance, the JSON instance format ({@code InstanceJson}, with
 * the file's own problems in {@code InstanceProblem}) and the report of a run as text for members
 * ({@code PlanReport}) and as JSON for programs ({@code PlanJson}); on a federation's record
 * ({@code --data}), the check of a rerun against the recorded rounds ({@code RecordCheck}) and the
 * report of each plan period ({@code DataPlanReport}). The procedure and its rules live in
 * {@code org.mandate.economy.planning}, the plan period's rules in {@code org.mandate.core.plan}; this
 * package only translates and compares.
 */
package org.mandate.cli.planning;
