package de.casebook.domain.shared;

/** The command does not fit the state the case is in now (already certified, already withdrawn). */
public class CaseStateConflictException extends DomainException {

    public CaseStateConflictException(String code, Object... arguments) {
        super(code, arguments);
    }
}
