package de.casebook.app.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Bean Validation for forms: a violation becomes the same 400 rejection the API gives. */
@Component
public class FormValidation {

    private final Validator validator;

    public FormValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T validated(T form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidFormException(violations.stream()
                    .map(ConstraintViolation::getPropertyPath).map(Object::toString)
                    .map(path -> path.replaceAll("\\[.*", "")).sorted().distinct().toList());
        }
        return form;
    }

    public void requireValid(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new InvalidFormException(binding.getFieldErrors().stream()
                    .map(error -> error.getField()).sorted().distinct().toList());
        }
    }
}
