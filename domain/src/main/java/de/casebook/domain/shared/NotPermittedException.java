package de.casebook.domain.shared;

/** The person acting may not do this to this case (a trainer not assigned to the course). */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
