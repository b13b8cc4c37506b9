package de.casebook.app.platform;

import org.springframework.http.HttpStatus;

/** A request the application turns down before any command is sent (unknown id, bad value). */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] arguments;

    public ApiException(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public static ApiException notFound(String code, Object... arguments) {
        return new ApiException(HttpStatus.NOT_FOUND, code, arguments);
    }

    public static ApiException badRequest(String code, Object... arguments) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, arguments);
    }

    public static ApiException forbidden(String code, Object... arguments) {
        return new ApiException(HttpStatus.FORBIDDEN, code, arguments);
    }

    public static ApiException conflict(String code, Object... arguments) {
        return new ApiException(HttpStatus.CONFLICT, code, arguments);
    }

    public static ApiException unprocessable(String code, Object... arguments) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, arguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
