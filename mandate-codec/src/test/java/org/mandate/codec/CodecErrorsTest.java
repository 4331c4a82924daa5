package org.mandate.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a CodecException that says what is wrong, never an unchecked Jackson exception. */
class CodecErrorsTest {
    private final Codec codec = new Codec();

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String json) {
        return assertThatThrownBy(() -> codec.readCommand(json)).as(json).isExactlyInstanceOf(CodecException.class);
    }

    @Test
    void malformedJson() {
        refused("{\"type\":\"tick\"").hasMessageStartingWith("not valid JSON");
        refused("{type:tick}").hasMessageStartingWith("not valid JSON");
        refused("").hasMessageContaining("JSON object");
        refused("[]").hasMessageContaining("must be a JSON object");
        refused("\"tick\"").hasMessageContaining("must be a JSON object");
    }

    @Test
    void trailingGarbage() {
        refused("{\"type\":\"tick\"} x").hasMessageStartingWith("not valid JSON");
        refused("{\"type\":\"tick\"}{\"type\":\"tick\"}").hasMessageStartingWith("not valid JSON");
    }

    @Test
    void missingOrUnknownType() {
        refused("{\"member\":\"ana\"}").hasMessage("a command needs a \"type\"");
        refused("{\"type\":7}").hasMessage("a command needs a \"type\"");
        refused("{\"type\":\"launch-rocket\"}").hasMessage("unknown command type 'launch-rocket'");
        refused("{\"type\":\"member-registered\",\"at\":\"2026-03-01T09:00:00Z\",\"member\":\"ana\"}")
                .hasMessage("unknown command type 'member-registered'");
        assertThatThrownBy(() -> codec.readEvent("{\"type\":\"register-member\",\"member\":\"ana\"}"))
                .isExactlyInstanceOf(CodecException.class).hasMessage("unknown event type 'register-member'");
    }

    @Test
    void unknownNestedTypeIsNamed() {
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"thumbs-up\"}}")
                .hasMessageContaining("thumbs-up").hasMessageContaining("$.ballot");
        refused("{\"type\":\"submit-proposal\",\"proposal\":\"p\",\"body\":\"b\",\"title\":\"t\",\"motion\":{\"type\":\"coup\"}}")
                .hasMessageContaining("coup").hasMessageContaining("$.motion");
    }

    @Test
    void unknownFieldIsNamed() {
        refused("{\"type\":\"register-member\",\"member\":\"ana\",\"colour\":\"red\"}")
                .hasMessageContaining("unknown field 'colour'");
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"yes\",\"weight\":3}}")
                .hasMessageContaining("unknown field 'weight'").hasMessageContaining("$.ballot");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        refused("{\"type\":\"register-member\"}").hasMessageContaining("register-member needs the field 'member'");
        refused("{\"type\":\"register-member\",\"member\":null}").hasMessageContaining("needs the field 'member'");
        refused("{\"type\":\"support-amendment\",\"proposal\":\"p\",\"amendment\":\"a1\"}")
                .hasMessageContaining("needs the field 'support'");
        refused("{\"type\":\"submit-proposal\",\"proposal\":\"p\",\"body\":\"b\",\"title\":\"t\",\"motion\":{\"type\":\"election\",\"office\":\"sec\"}}")
                .hasMessageContaining("election needs the field 'seats'");
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"yes-no\"}}")
                .hasMessageContaining("yes-no needs the field 'choice'");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        assertThat(codec.readCommand("{\"type\":\"found-assembly\",\"body\":\"b\",\"name\":\"B\"}")).isNotNull();
        assertThat(codec.readCommand("{\"type\":\"publish-proposal\",\"proposal\":\"p\"}")).isNotNull();
        assertThat(codec.readCommand("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"consent\",\"objection\":false}}")).isNotNull();
    }

    @Test
    void wrongTypeOfValue() {
        refused("{\"type\":\"register-member\",\"member\":42}").hasMessageContaining("$.member");
        refused("{\"type\":\"register-member\",\"member\":{\"value\":\"ana\"}}").hasMessageContaining("$.member");
        refused("{\"type\":\"register-member\",\"member\":[\"ana\"]}").hasMessageContaining("$.member");
        refused("{\"type\":\"submit-proposal\",\"proposal\":\"p\",\"body\":\"b\",\"title\":\"t\",\"motion\":{\"type\":\"election\",\"office\":\"sec\",\"seats\":\"two\"}}")
                .hasMessageContaining("$.motion.seats");
        refused("{\"type\":\"submit-proposal\",\"proposal\":\"p\",\"body\":\"b\",\"title\":\"t\",\"motion\":{\"type\":\"election\",\"office\":\"sec\",\"seats\":\"2\"}}")
                .hasMessageContaining("$.motion.seats");
        refused("{\"type\":\"submit-proposal\",\"proposal\":\"p\",\"body\":\"b\",\"title\":\"t\",\"motion\":{\"type\":\"election\",\"office\":\"sec\",\"seats\":2.5}}")
                .hasMessageContaining("$.motion.seats");
        refused("{\"type\":\"support-amendment\",\"proposal\":\"p\",\"amendment\":\"a1\",\"support\":\"true\"}")
                .hasMessageContaining("$.support");
        refused("{\"type\":\"submit-proposal\",\"proposal\":\"p\",\"body\":\"b\",\"title\":\"t\",\"motion\":{\"type\":\"resolution\"},\"options\":\"a\"}")
                .hasMessageContaining("$.options");
        refused("{\"type\":\"publish-proposal\",\"proposal\":\"p\",\"voting\":\"four days\"}").hasMessageContaining("voting");
        refused("{\"type\":\"publish-proposal\",\"proposal\":\"p\",\"voting\":96}").hasMessageContaining("$.voting");
    }

    @Test
    void badIdShape() {
        for (String id : new String[] {"-ana", "", "ana smith", "ana/1", "é", "a".repeat(129)}) {
            refused("{\"type\":\"register-member\",\"member\":\"" + id + "\"}")
                    .hasMessageContaining("an id must be 1 to 128 letters, digits").hasMessageContaining("$.member");
        }
        assertThat(codec.readCommand("{\"type\":\"register-member\",\"member\":\"" + "a".repeat(128) + "\"}")).isNotNull();
        assertThat(codec.readCommand("{\"type\":\"register-member\",\"member\":\"9a._:-Z\"}")).isNotNull();
    }

    @Test
    void badEnumValueListsTheAllowedValues() {
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"maybe\"}}")
                .hasMessageContaining("maybe").hasMessageContaining("yes, no, abstain").hasMessageContaining("$.ballot.choice");
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"consensus\",\"stance\":\"STAND_ASIDE\"}}")
                .hasMessageContaining("agree, stand-aside, block");
    }

    @Test
    void aCharterThatCannotBeBuiltIsACodecException() {
        String charter = new Codec().mapper().valueToTree(org.mandate.core.charter.Charter.defaultAssembly()).toString();
        refused("{\"type\":\"found-assembly\",\"body\":\"b\",\"name\":\"B\",\"charter\":"
                + charter.replace("\"denominator\":3", "\"denominator\":0") + "}");
        refused("{\"type\":\"found-assembly\",\"body\":\"b\",\"name\":\"B\",\"charter\":{\"rules\":{}}}");
        refused("{\"type\":\"found-assembly\",\"body\":\"b\",\"name\":\"B\",\"charter\":"
                + charter.replace("\"ordinary\"", "\"extraordinary\"") + "}").hasMessageContaining("extraordinary");
    }

    @Test
    void aCharterMissingAFieldIsRefusedNamingIt() {
        String charter = new Codec().mapper().valueToTree(org.mandate.core.charter.Charter.defaultAssembly()).toString();
        String found = "{\"type\":\"found-assembly\",\"body\":\"b\",\"name\":\"B\",\"charter\":%s}";
        assertThat(codec.readCommand(found.formatted(charter))).isNotNull();
        // A missing "strict" would otherwise be read as false: "at least half" instead of "more than half".
        refused(found.formatted(charter.replaceFirst("\"strict\":true,", "")))
                .hasMessageContaining("needs the field 'strict'").hasMessageContaining("$.charter.rules.ordinary");
        refused(found.formatted(charter.replace(",\"publicRecord\":false", "")))
                .hasMessageContaining("needs the field 'publicRecord'");
        refused(found.formatted(charter.replace("\"sponsors\":0,", "")))
                .hasMessageContaining("needs the field 'sponsors'");
        refused(found.formatted(charter.replaceFirst("\"denominator\":3", "\"denominatr\":3")))
                .hasMessageContaining("fraction needs the field 'denominator'");
        refused(found.formatted(charter.replace("\"publicRecord\":false", "\"publicRecord\":false,\"superuser\":\"ana\"")))
                .hasMessageContaining("unknown field 'superuser'").hasMessageContaining("$.charter");
        refused(found.formatted(charter.replaceFirst(",\"maxScore\":5", "")))
                .hasMessageContaining("needs the field 'maxScore'");
    }

    @Test
    void nullsInsideListsAreACodecException() {
        refused("{\"type\":\"found-assembly\",\"body\":\"b\",\"name\":\"B\",\"cofounders\":[null]}");
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"ranking\",\"ranks\":[[null]]}}");
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"ranking\",\"ranks\":null}}");
        refused("{\"type\":\"cast-vote\",\"proposal\":\"p\",\"ballot\":{\"type\":\"approval\",\"approved\":[\"a\",null]}}");
    }

    @Test
    void badEventsAreCodecExceptionsToo() {
        assertThatThrownBy(() -> codec.readEvent("{\"type\":\"member-registered\",\"at\":\"yesterday\",\"member\":\"ana\"}"))
                .isExactlyInstanceOf(CodecException.class).hasMessageContaining("at");
        assertThatThrownBy(() -> codec.readEvent("not json")).isExactlyInstanceOf(CodecException.class);
    }
}
