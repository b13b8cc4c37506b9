package de.casebook.app.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import de.casebook.domain.shared.DataSubject;
import de.casebook.domain.shared.PersonalData;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the personal data of every {@link DataSubject} record sealed: all its components when the
 * record is marked {@link PersonalData}, else the components so marked. Other data stays readable.
 */
final class PersonalDataModule extends SimpleModule {

    PersonalDataModule(PersonalDataCipher cipher, ObjectMapper plain) {
        super("casebook-personal-data");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                var type = description.getBeanClass();
                if (!DataSubject.class.isAssignableFrom(type)) {
                    return properties;
                }
                return properties.stream()
                        .map(property -> personal(type, property.getName())
                                ? new SealingWriter(property, cipher, plain) : property)
                        .toList();
            }
        });
    }

    private static boolean personal(Class<?> type, String property) {
        if (type.isAnnotationPresent(PersonalData.class)) {
            return true;
        }
        return type.isRecord() && Arrays.stream(type.getRecordComponents())
                .anyMatch(component -> component.getName().equals(property)
                        && component.isAnnotationPresent(PersonalData.class));
    }

    private static final class SealingWriter extends BeanPropertyWriter {

        private final transient PersonalDataCipher cipher;
        private final transient ObjectMapper plain;

        SealingWriter(BeanPropertyWriter base, PersonalDataCipher cipher, ObjectMapper plain) {
            super(base);
            this.cipher = cipher;
            this.plain = plain;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            var value = get(bean);
            if (value == null) {
                super.serializeAsField(bean, generator, provider);
                return;
            }
            generator.writeFieldName(_name);
            generator.writeString(cipher.seal(((DataSubject) bean).subjectIdentity(), plain.writeValueAsBytes(value),
                    value instanceof CharSequence));
        }
    }
}
