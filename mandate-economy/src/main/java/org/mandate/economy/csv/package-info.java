/**
 * The economy's CSV files, read strictly: invoices ({@code id,debtor,creditor,amount}) and
 * mutual-credit accounts ({@code body,balance,limit}). Every line that breaks a rule is reported with
 * its number and what is wrong, and a file with any such line yields no records at all.
 */
package org.mandate.economy.csv;
