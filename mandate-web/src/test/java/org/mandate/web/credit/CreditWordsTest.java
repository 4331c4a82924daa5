package org.mandate.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mandate.web.site.Text;

/** The words made from a name (an invoice's status, a clearing's) are in the bundle, and amounts read as a treasurer writes them. */
class CreditWordsTest {
    private final Text text = Text.english();

    @Test
    void every_status_of_an_invoice_and_of_a_clearing_has_its_words() {
        List<String> keys = Stream.concat(Stream.of("recorded", "accepted", "disputed", "paid").map(s -> "invoice.status." + s),
                Stream.of("applied", "scheduled", "annulled").map(s -> "clearing.status." + s)).toList();
        assertThat(keys.stream().filter(k -> !text.has(k)).toList()).isEmpty();
    }

    @Test
    void amounts_are_whole_numbers_grouped_by_thousands_and_typed_ones_are_read_back() {
        assertThat(Amounts.of(1_300, "hours")).isEqualTo("1,300 hours");
        assertThat(Amounts.signed(-1_300)).isEqualTo("-1,300");
        assertThat(Amounts.signed(30)).isEqualTo("+30");
        assertThat(Amounts.share(0.857142)).isEqualTo("85.7%");
        assertThat(Amounts.parse(" 1,040 ")).isEqualTo(1_040L);
        assertThat(Amounts.parse("-5")).as("the sign is kept, for the core to refuse by its rule").isEqualTo(-5L);
        assertThat(Amounts.parse("12.5")).as("no decimals of a unit the council named whole").isNull();
        assertThat(Amounts.parse("1,04")).isNull();
        assertThat(Amounts.parse("99999999999999999999")).as("beyond a long").isNull();
        assertThat(Amounts.parse("ten")).isNull();
    }
}
