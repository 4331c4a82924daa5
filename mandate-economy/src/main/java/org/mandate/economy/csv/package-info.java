/**
 * Invoices from CSV files ({@code id,debtor,creditor,amount}), read strictly: every line that breaks
 * a rule is reported with its number and what is wrong, and a file with any such line yields no
 * invoices at all.
 */
package org.mandate.economy.csv;
