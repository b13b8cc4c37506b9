package de.casebook.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that holds personal data of exactly one data subject. Such data may live only in
 * event payloads (never in ids, business keys, process variables, task names or logs), so that it
 * can later be encrypted per data subject and erased by deleting that subject's key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {
}
