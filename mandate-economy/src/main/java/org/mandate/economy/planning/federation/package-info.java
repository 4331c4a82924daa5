/**
 * The planning procedure on a federation's plan period as the record holds it: the catalogue and the
 * bodies' statements become a {@code PlanningInstance}, the proposals bodies decided in human rounds
 * become its {@code HumanRounds}, and a run becomes the stretch of rounds the server records
 * ({@code record-plan-rounds}), in the record's whole thousandths. The same translation serves the
 * server when rounds fall due and {@code ./mandate plan --data}, which reruns them for anyone.
 */
package org.mandate.economy.planning.federation;
