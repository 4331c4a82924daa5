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
                Method.class, DecisionKind.class, Weighting.class, org.mandate.core.count.Verdict.class, BodyType.class, Phase.class,
                org.mandate.core.charter.DelegationRules.BreachPolicy.class, org.mandate.core.charter.CouncilRules.VotingBy.class,
                org.mandate.core.charter.CouncilRules.Referral.class, org.mandate.core.charter.CouncilRules.ReferendumWeighting.class,
                org.mandate.core.count.Apportionment.Method.class, org.mandate.core.office.Permission.class,
                org.mandate.core.petition.PetitionKind.class, org.mandate.core.plan.PlanTerms.Ending.class)) {
            KebabEnums.register(module, e);
        }
        textOnly(module, java.time.Duration.class, com.fasterxml.jackson.datatype.jsr310.deser.DurationDeserializer.INSTANCE,
                "a duration must be an ISO 8601 string such as \"P3D\" or \"PT72H\"");
        textOnly(module, java.time.Instant.class, com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer.INSTANT,
                "a time must be an ISO 8601 string such as \"2026-03-01T09:00:00Z\"");
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
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS) // "2" is not a number, nor "true" a boolean
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // nor is 2.5 a count of seats
                .disable(MapperFeature.AUTO_DETECT_GETTERS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(Command.class, Typed.class)
                .addMixIn(Event.class, Typed.class)
                .addMixIn(Motion.class, Typed.class)
                .addMixIn(Ballot.class, Typed.class)
                .addMixIn(Tally.class, Typed.class)
                .addMixIn(org.mandate.core.council.Instruction.class, Typed.class)
                .build();
        for (Map<String, Class<?>> names : java.util.List.of(Vocabulary.COMMANDS, Vocabulary.EVENTS, Vocabulary.MOTIONS, Vocabulary.BALLOTS)) {
            names.forEach((name, type) -> mapper.registerSubtypes(new NamedType(type, name)));
        }
        for (Class<?> t : Vocabulary.INSTRUCTIONS.values()) {
            mapper.registerSubtypes(new NamedType(t, Vocabulary.nameOf(t)));
        }
        for (Class<?> t : Tally.class.getPermittedSubclasses()) {
            mapper.registerSubtypes(new NamedType(t, Vocabulary.nameOf(t)));
        }
        return mapper;
    }

    private static <T> void id(SimpleModule module, Class<T> type, Function<String, T> make) {
        module.addSerializer(type, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(type));
        module.addDeserializer(type, new com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                    throws java.io.IOException {
                // Only a JSON string is an id: a number, a boolean or an object is not quietly turned into one,
                // and an empty string is a malformed id, not a missing one.
                if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                    return ctxt.reportInputMismatch(type, "an id must be a JSON string; got %s", describe(p.currentToken()));
                }
                String value = p.getText();
                if (!org.mandate.core.Ids.valid(value)) {
                    return ctxt.reportInputMismatch(type, "an id must be 1 to 128 letters, digits, '.', '_', ':' or '-', "
                            + "starting with a letter or digit; got '%s'", value);
                }
                return make.apply(value);
            }
        });
    }

    /** JavaTimeModule reads a bare number as seconds; on the wire a time or a duration is only ever an ISO 8601 string. */
    private static <T> void textOnly(SimpleModule module, Class<T> type, com.fasterxml.jackson.databind.JsonDeserializer<T> iso,
            String expected) {
        module.addDeserializer(type, new com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                    throws java.io.IOException {
                if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                    return ctxt.reportInputMismatch(type, "%s; got %s", expected, describe(p.currentToken()));
                }
                return iso.deserialize(p, ctxt);
            }
        });
    }

    private static String describe(com.fasterxml.jackson.core.JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }
}
