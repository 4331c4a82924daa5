/**
 * {@code mandate plan} on a standalone instance: the JSON instance format ({@code InstanceJson}, with
 * the file's own problems in {@code InstanceProblem}), and the report of a run as text for members
 * ({@code PlanReport}) and as JSON for programs ({@code PlanJson}). The procedure and its rules live in
 * {@code org.mandate.economy.planning}; this package only translates.
 */
package org.mandate.cli.planning;
