package de.casebook.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that holds personal data of exactly one data subject (all its components), or the
 * components of a {@link DataSubject} record that are that person's data. Such data may live only in
 * event payloads (never in ids, business keys, process variables, task names or logs): it is stored
 * encrypted with a key of its data subject and erased by destroying that key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {
}
