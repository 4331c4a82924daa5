package org.mandate.economy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.mandate.economy.clearing.Invoice;

class InvoiceCsvTest {

    private static CsvReading<Invoice> read(String text) throws IOException {
        return InvoiceCsv.read(new StringReader(text));
    }

    @Test
    void reads_invoices_after_the_header_skipping_blank_lines_and_crlf() throws IOException {
        CsvReading<Invoice> reading = read("\uFEFFid,debtor,creditor,amount\r\ninv-1,bakery,mill,12500\r\n\r\ninv-2,mill,farm,900\n");

        assertThat(reading.ok()).isTrue();
        assertThat(reading.records()).containsExactly(
                Invoice.of("inv-1", "bakery", "mill", 12500), Invoice.of("inv-2", "mill", "farm", 900));
    }

    @Test
    void refuses_a_file_without_the_header() throws IOException {
        assertThat(read("inv-1,bakery,mill,12500\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("header 'id,debtor,creditor,amount'").contains("found 'inv-1,bakery,mill,12500'");
        });
        assertThat(read("").problems()).singleElement().extracting(CsvProblem::message).asString().contains("empty");
    }

    @Test
    void reports_every_bad_line_with_its_number_and_yields_no_invoices() throws IOException {
        CsvReading<Invoice> reading = read(String.join("\n",
                "id,debtor,creditor,amount",
                "inv-1,bakery,mill,12500",
                "inv-2,bakery,mill,12.50",
                "inv-3,bakery,mill,-4",
                "inv-4,bakery,mill,0",
                "inv-5,mill,mill,10",
                "inv-1,mill,farm,10",
                "inv-7,mill,farm",
                "inv 8,mill,farm,10",
                "\"inv-9\",mill,farm,10",
                "inv-10,mill,farm,99999999999999999999",
                "inv-11,mill,farm,00012"));

        assertThat(reading.records()).isEmpty();
        assertThat(reading.problems()).extracting(CsvProblem::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(reading.problems()).extracting(CsvProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("'12.50' is not a whole number"),
                m -> assertThat(m).contains("'-4' is not a whole number"),
                m -> assertThat(m).contains("is zero"),
                m -> assertThat(m).contains("to itself"),
                m -> assertThat(m).contains("'inv-1' is already used on line 2"),
                m -> assertThat(m).contains("expected 4 fields"),
                m -> assertThat(m).contains("'inv 8' is not a valid id"),
                m -> assertThat(m).contains("quoted fields"),
                m -> assertThat(m).contains("is beyond 9223372036854775807"));
    }

    @Test
    void refuses_amounts_that_together_exceed_what_a_clearing_can_hold() throws IOException {
        CsvReading<Invoice> reading = read("id,debtor,creditor,amount\na,x,y,9223372036854775807\nb,y,x,1\n");

        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("add up to more than");
        });
    }
}
