package de.casebook.domain.shared;

/** The command breaks a business rule (hours out of range, course full, date outside the window). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, Object... arguments) {
        super(code, arguments);
    }
}
