package org.mandate.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Enums on the wire in kebab case ({@code STAND_ASIDE} is {@code stand-aside}), as values and as map keys. */
final class KebabEnums {
    private KebabEnums() {}

    static String kebab(Enum<?> e) {
        return e.name().toLowerCase().replace('_', '-');
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void register(SimpleModule module, Class<? extends Enum<?>> type) {
        Class raw = type;
        JsonSerializer<Enum<?>> ser = new JsonSerializer<>() {
            @Override
            public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(kebab(value));
            }
        };
        JsonSerializer<Enum<?>> keySer = new JsonSerializer<>() {
            @Override
            public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeFieldName(kebab(value));
            }
        };
        module.addSerializer(raw, ser);
        module.addKeySerializer(raw, keySer);
        module.addDeserializer(raw, new JsonDeserializer<Enum<?>>() {
            @Override
            public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                Enum<?> e = parse(type, p.getValueAsString());
                return e != null ? e : (Enum<?>) ctxt.handleWeirdStringValue(type, p.getValueAsString(), expected(type));
            }
        });
        module.addKeyDeserializer(raw, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                Enum<?> e = parse(type, key);
                return e != null ? e : ctxt.handleWeirdKey(type, key, expected(type));
            }
        });
    }

    private static Enum<?> parse(Class<? extends Enum<?>> type, String text) {
        if (text == null) {
            return null;
        }
        for (Enum<?> e : type.getEnumConstants()) {
            if (kebab(e).equals(text)) {
                return e;
            }
        }
        return null;
    }

    private static String expected(Class<? extends Enum<?>> type) {
        return "expected one of " + Arrays.stream(type.getEnumConstants()).map(KebabEnums::kebab).collect(Collectors.joining(", "));
    }
}
