package org.mandate.codec;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.function.Function;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyType;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.Method;
import org.mandate.core.charter.Weighting;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Tally;

/**
 * The configured Jackson mapper. The core carries no annotations, so everything Jackson needs is said
 * here: type names from {@link Vocabulary}, ids as plain strings, enums in kebab case, times in ISO
 * 8601, no nulls written, unknown fields refused, and required fields checked.
 */
final class MandateJson {
    private MandateJson() {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    interface Typed {}

    static ObjectMapper create() {
        SimpleModule module = new SimpleModule("mandate");
        id(module, MemberId.class, MemberId::new);
        id(module, BodyId.class, BodyId::new);
        id(module, ProposalId.class, ProposalId::new);
        for (Class<? extends Enum<?>> e : java.util.List.<Class<? extends Enum<?>>>of(Ballot.Choice.class, Ballot.Stance.class,
                Method.class, DecisionKind.class, Weighting.class, org.mandate.core.count.Verdict.class, BodyType.class, Phase.class)) {
            KebabEnums.register(module, e);
        }
        module.setDeserializerModifier(new RequiredFields());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.AUTO_DETECT_GETTERS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(Command.class, Typed.class)
                .addMixIn(Event.class, Typed.class)
                .addMixIn(Motion.class, Typed.class)
                .addMixIn(Ballot.class, Typed.class)
                .addMixIn(Tally.class, Typed.class)
                .build();
        for (Map<String, Class<?>> names : java.util.List.of(Vocabulary.COMMANDS, Vocabulary.EVENTS, Vocabulary.MOTIONS, Vocabulary.BALLOTS)) {
            names.forEach((name, type) -> mapper.registerSubtypes(new NamedType(type, name)));
        }
        for (Class<?> t : Tally.class.getPermittedSubclasses()) {
            mapper.registerSubtypes(new NamedType(t, Vocabulary.nameOf(t)));
        }
        return mapper;
    }

    private static <T> void id(SimpleModule module, Class<T> type, Function<String, T> make) {
        module.addSerializer(type, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(type));
        module.addDeserializer(type, new com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            protected T _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                    throws java.io.IOException {
                if (!org.mandate.core.Ids.valid(value)) {
                    return ctxt.reportInputMismatch(type, "an id must be 1 to 128 letters, digits, '.', '_', ':' or '-', "
                            + "starting with a letter or digit; got '%s'", value);
                }
                return make.apply(value);
            }
        });
    }
}
