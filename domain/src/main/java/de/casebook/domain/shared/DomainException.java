package de.casebook.domain.shared;

import java.util.Arrays;

/**
 * A rejected command. The code names a message the application translates for the person who
 * acted; the arguments fill its placeholders.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    protected DomainException(String code, Object... arguments) {
        super(code + Arrays.toString(arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
