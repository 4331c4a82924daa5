package org.mandate.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;

/**
 * Refuses a command, motion or ballot that leaves out a field it needs, naming the field. Jackson
 * would otherwise build the record with a null or a zero in its place, and the core would refuse it
 * for a less helpful reason, or worse, take a missing "false" for a real one.
 */
final class RequiredFields extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    /** A charter is written out whole: every field of it and of its rules must be there; so is each line of a clearing. */
    private static final java.util.Set<Class<?>> CHARTER_PARTS = java.util.Set.of(org.mandate.core.charter.Charter.class,
            org.mandate.core.charter.DecisionRule.class, org.mandate.core.charter.AdmissionRule.class,
            org.mandate.core.count.Fraction.class, org.mandate.core.charter.DelegationRules.class,
            org.mandate.core.charter.CouncilRules.class, org.mandate.core.count.Apportionment.Rule.class,
            org.mandate.core.credit.ClearingLine.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc, JsonDeserializer<?> deserializer) {
        Class<?> type = desc.getBeanClass();
        boolean ours = type.isRecord() && (Vocabulary.COMMANDS.containsValue(type) || Vocabulary.MOTIONS.containsValue(type)
                || Vocabulary.BALLOTS.containsValue(type) || Vocabulary.INSTRUCTIONS.containsValue(type) || CHARTER_PARTS.contains(type));
        return ours ? new Checked(deserializer, type) : deserializer;
    }

    private static final class Checked extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;

        Checked(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) {
                return ctxt.reportInputMismatch(type, "%s must be a JSON object", Vocabulary.nameOf(type));
            }
            for (RecordComponent c : type.getRecordComponents()) {
                String key = type.getSimpleName() + "." + c.getName();
                JsonNode value = node.get(c.getName());
                if ((value == null || value.isNull()) && !Vocabulary.OPTIONAL.contains(key)) {
                    return ctxt.reportInputMismatch(type, "%s needs the field '%s'", Vocabulary.nameOf(type), c.getName());
                }
            }
            JsonParser tree = node.traverse(p.getCodec());
            JsonToken first = tree.nextToken();
            assert first == JsonToken.START_OBJECT;
            return _delegatee.deserialize(tree, ctxt);
        }
    }
}
