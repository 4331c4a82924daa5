package org.mandate.economy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.economy.credit.CreditLine;

class CreditCsvTest {

    @Test
    void reads_accounts_with_negative_balances_within_their_limits() throws IOException {
        CsvReading<CreditLine> reading = CreditCsv.read(new StringReader("body,balance,limit\nbakery,-2500,10000\nmill,400,0\n"));

        assertThat(reading.records()).containsExactly(
                new CreditLine(BodyId.of("bakery"), -2500, 10000), new CreditLine(BodyId.of("mill"), 400, 0));
    }

    @Test
    void reports_every_bad_account_with_its_line() throws IOException {
        CsvReading<CreditLine> reading = CreditCsv.read(new StringReader(String.join("\n",
                "body,balance,limit", "bakery,0,100", "bakery,0,100", "mill,-50,10", "farm,0,-1", "shop,1.5,0", "co op,0,0")));

        assertThat(reading.records()).isEmpty();
        assertThat(reading.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 3: the body 'bakery' already has an account on line 2",
                "line 4: the balance -50 of 'mill' is already below its credit limit 10",
                "line 5: the limit '-1' is not a whole number of the smallest unit (write 1250 for 12.50, no sign, no spaces)",
                "line 6: the balance '1.5' is not a whole number of the smallest unit (write 1250 for 12.50, no spaces)",
                "line 7: the body 'co op' is not a valid id: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
}
