package de.casebook.app.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Parses request bodies and refuses, at the first string or field name that holds one, text that
 * cannot be stored ({@link StorableText}): whatever type the body is read into (records, maps,
 * {@code JsonNode}), the check cannot be forgotten by an endpoint.
 */
final class CheckedJsonFactory extends JsonFactory {

    CheckedJsonFactory() {
    }

    private CheckedJsonFactory(CheckedJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new CheckedJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return new CheckedParser(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
        return new CheckedParser(super._createParser(reader, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return new CheckedParser(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return new CheckedParser(super._createParser(data, offset, length, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return new CheckedParser(super._createParser(input, context));
    }

    /** A string in the body that cannot be stored, with where it is ({@code /applicant/name}). */
    static final class UnstorableTextException extends JsonParseException {

        private final transient StorableText.Problem problem;
        private final String field;

        UnstorableTextException(JsonParser parser, StorableText.Problem problem, String field) {
            super(parser, problem.code() + " at " + field);
            this.problem = problem;
            this.field = field;
        }

        StorableText.Problem problem() {
            return problem;
        }

        String field() {
            return field;
        }
    }

    /** Every token passes {@link #nextToken()}: Jackson's other "next" methods are built on it. */
    private static final class CheckedParser extends JsonParserDelegate {

        CheckedParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            var token = delegate.nextToken();
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                var problem = StorableText.problemOf(delegate.getText());
                if (problem.isPresent()) {
                    throw new UnstorableTextException(this, problem.get(),
                            StorableText.printable(delegate.getParsingContext().pathAsPointer().toString()));
                }
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            var token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }
    }
}
