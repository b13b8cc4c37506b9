package de.casebook.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, storing personal data sealed with its subject's key
 * ({@link PersonalDataModule}) and opening it when reading: a datum whose key was destroyed reads as
 * "[gelöscht]" (a text) or as empty.
 */
public final class PersonalDataSerializer extends JacksonSerializer {

    private static final byte[] MARK = PersonalDataCipher.PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final PersonalDataCipher cipher;
    private final ObjectMapper plain;

    private PersonalDataSerializer(Builder builder, PersonalDataCipher cipher, ObjectMapper plain) {
        super(builder);
        this.cipher = cipher;
        this.plain = plain;
    }

    /** A serializer over a copy of {@code objectMapper} that seals personal data. */
    public static PersonalDataSerializer of(ObjectMapper objectMapper, PersonalDataCipher cipher,
                                            RevisionResolver revisions) {
        var plain = objectMapper.copy().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var sealing = objectMapper.copy().registerModule(new PersonalDataModule(cipher, plain));
        var builder = JacksonSerializer.builder().objectMapper(sealing);
        if (revisions != null) {
            builder.revisionResolver(revisions);
        }
        return new PersonalDataSerializer(builder, cipher, plain);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (!maySeal(serializedObject.getData())) {
            return super.deserialize(serializedObject);
        }
        var data = serializedObject.getData() instanceof JsonNode node ? node.deepCopy()
                : getConverter().convert(serializedObject, JsonNode.class).getData();
        return super.deserialize(new SimpleSerializedObject<>(open(data), JsonNode.class, serializedObject.getType()));
    }

    private static boolean maySeal(Object data) {
        if (data instanceof byte[] bytes) {
            return contains(bytes);
        }
        if (data instanceof String text) {
            return text.contains(PersonalDataCipher.PREFIX);
        }
        return data instanceof JsonNode;
    }

    private static boolean contains(byte[] bytes) {
        outer:
        for (int i = 0; i + MARK.length <= bytes.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (bytes[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private JsonNode open(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var names = new java.util.ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, open(object.get(name))));
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, open(array.get(i)));
            }
            return array;
        }
        if (node instanceof TextNode text && PersonalDataCipher.isSealed(text.textValue())) {
            var opened = cipher.open(text.textValue());
            if (opened.erased()) {
                return opened.textual() ? TextNode.valueOf(PersonalDataCipher.ERASED) : NullNode.getInstance();
            }
            try {
                return plain.readTree(opened.json());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return node;
    }
}
