package de.casebook.app.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Malformed input in named fields: a 400 for the API, and messages beside those fields on a page. */
public class InvalidFormException extends ApiException {

    private final List<String> fields;

    public InvalidFormException(List<String> fields) {
        super(HttpStatus.BAD_REQUEST, "request.invalid-fields", String.join(", ", fields));
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
