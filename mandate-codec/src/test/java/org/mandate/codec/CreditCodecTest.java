package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.credit.ClearingLine;
import org.mandate.core.credit.CreditCommand;

/**
 * Amounts of mutual credit on the wire: whole numbers of the smallest unit and nothing else, so a
 * fraction, a numeral in a string or a missing amount is refused by the codec, naming the field, before
 * the core sees it (a zero or negative amount is the core's to refuse: it is a number, just not one it
 * accepts).
 */
class CreditCodecTest {
    private final Codec codec = new Codec();

    private String payment(String amount) {
        return "{\"type\":\"make-payment\",\"council\":\"food\",\"from\":\"bakery\",\"to\":\"dairy\",\"amount\":" + amount + "}";
    }

    @Test
    void a_payment_reads_with_its_optional_fields_left_out() {
        assertThat(codec.readCommand(payment("12500")))
                .isEqualTo(new CreditCommand.MakePayment(new BodyId("food"), new BodyId("bakery"), new BodyId("dairy"), 12_500, null, null));
        assertThat(codec.readCommand(payment("-3"))).as("a negative number reads; the core refuses it by name")
                .isInstanceOf(CreditCommand.MakePayment.class);
    }

    @Test
    void a_fractional_amount_is_refused_naming_the_field() {
        assertThatThrownBy(() -> codec.readCommand(payment("12.5"))).isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("$.amount").hasMessageContaining("12.5");
        assertThatThrownBy(() -> codec.readCommand(payment("1e3"))).isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("$.amount");
    }

    @Test
    void an_amount_as_text_or_missing_is_refused_naming_the_field() {
        assertThatThrownBy(() -> codec.readCommand(payment("\"12500\""))).isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("$.amount");
        assertThatThrownBy(() -> codec.readCommand("{\"type\":\"make-payment\",\"council\":\"food\",\"from\":\"bakery\",\"to\":\"dairy\"}"))
                .isExactlyInstanceOf(CodecException.class).hasMessageContaining("needs the field 'amount'");
        assertThatThrownBy(() -> codec.readCommand(payment("99999999999999999999"))).isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("$.amount");
    }

    @Test
    void each_line_of_a_clearing_is_read_whole() {
        String clearing = "{\"type\":\"apply-clearing\",\"council\":\"food\",\"clearing\":\"c1\",\"lines\":[%s]}";
        assertThat(codec.readCommand(clearing.formatted("{\"invoice\":\"inv-7\",\"setOff\":100,\"settled\":0}")))
                .isEqualTo(new CreditCommand.ApplyClearing(new BodyId("food"), "c1", List.of(new ClearingLine("inv-7", 100, 0))));
        assertThatThrownBy(() -> codec.readCommand(clearing.formatted("{\"invoice\":\"inv-7\",\"setOff\":100}")))
                .isExactlyInstanceOf(CodecException.class).hasMessageContaining("needs the field 'settled'");
        assertThatThrownBy(() -> codec.readCommand(clearing.formatted("null"))).isExactlyInstanceOf(CodecException.class);
    }
}
