package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 8785's published examples, as far as they fit the integer-only JSON Mandate writes. */
class JcsTest {
    private final Codec codec = new Codec();

    private String canonical(String json) throws Exception {
        JsonNode node = codec.mapper().readTree(json);
        return new String(Jcs.canonical(node), StandardCharsets.UTF_8);
    }

    @Test
    void sortsPropertiesByUtf16CodeUnitsAsInTheRfcSortingExample() throws Exception {
        // RFC 8785 section 3.2.3
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertThat(canonical(input)).isEqualTo(expected);
    }

    @Test
    void theSurrogatePairSortsBelowAHigherBmpCharacterUnlikeCodePointOrder() throws Exception {
        // U+1F600 is above U+FB33 as a code point, but its first UTF-16 unit D83D is below FB33.
        assertThat(canonical("{\"\\ufb33\":1,\"\\ud83d\\ude00\":2}")).isEqualTo("{\"\ud83d\ude00\":2,\"\ufb33\":1}");
    }

    @Test
    void escapesStringsAsTheRfcMainExampleDoes() throws Exception {
        // RFC 8785 section 3.2.4, less its "numbers" member (fractions and 1E30 are refused here; see below)
        String input = """
                {
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void escapesEveryControlCharacterShortFormWhereThereIsOne() throws Exception {
        assertThat(canonical("\"\\u0000\\u0008\\u0009\\u000a\\u000c\\u000d\\u001f\\u007f\"")).isEqualTo("\"\\u0000\\b\\t\\n\\f\\r\\u001f\u007f\"");
    }

    @Test
    void writesNestedStructuresWithoutWhiteSpace() throws Exception {
        assertThat(canonical("{ \"b\" : [ 1 , { \"d\" : 0, \"c\" : -7 } ], \"a\" : { } , \"e\": [] }"))
                .isEqualTo("{\"a\":{},\"b\":[1,{\"c\":-7,\"d\":0}],\"e\":[]}");
    }

    @Test
    void writesOutputAsUtf8() throws Exception {
        byte[] bytes = Jcs.canonical(codec.mapper().readTree("\"\\u20ac\""));
        assertThat(bytes).containsExactly(0x22, 0xe2, 0x82, 0xac, 0x22);
    }

    @Test
    void integersUpToTwoToTheFiftyThirdAreWrittenAsIs() throws Exception {
        assertThat(canonical("[9007199254740992,-9007199254740992,0,-0]")).isEqualTo("[9007199254740992,-9007199254740992,0,0]");
    }

    @Test
    void numbersBeyondTwoToTheFiftyThirdAndFractionsAreRefusedByDesign() {
        for (String number : new String[] {"9007199254740993", "-9007199254740993", "18446744073709551616", "4.50",
                "333333333.33333329", "1E30", "2e-3", "0.000000000000000000000000001"}) {
            assertThatThrownBy(() -> canonical("{\"n\":" + number + "}")).as(number)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integers up to 2^53");
        }
    }
}
