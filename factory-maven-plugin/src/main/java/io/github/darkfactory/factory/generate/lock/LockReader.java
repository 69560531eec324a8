package io.github.darkfactory.factory.generate.lock;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a lock with Jackson's streaming parser. Data binding would be shorter, but setting up an
 * ObjectMapper and introspecting the records in a fresh JVM would be most of the budget of the
 * up-to-date check (see docs/performance.md). Unknown fields are skipped, so a newer plugin's additions do not break
 * an older one.
 */
final class LockReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonParser parser;

    private LockReader(JsonParser parser) {
        this.parser = parser;
    }

    /** @throws JsonParseException for broken JSON or a value of the wrong type, with its location */
    static Lock read(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            parser.nextToken();
            return new LockReader(parser).lock();
        }
    }

    private Lock lock() throws IOException {
        int formatVersion = 0;
        Map<String, LockEntry> specs = new TreeMap<>();
        Map<String, List<String>> services = new TreeMap<>();
        expect(JsonToken.START_OBJECT, "the lock");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "formatVersion" -> formatVersion = integer(field);
                case "specs" -> {
                    expect(JsonToken.START_OBJECT, field);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String id = parser.currentName();
                        parser.nextToken();
                        specs.put(id, entry(id));
                    }
                }
                case "services" -> {
                    expect(JsonToken.START_OBJECT, field);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String contract = parser.currentName();
                        parser.nextToken();
                        services.put(contract, strings(contract));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Lock(formatVersion, specs, services);
    }

    private LockEntry entry(String id) throws IOException {
        expect(JsonToken.START_OBJECT, "spec '" + id + "'");
        String inputHash = null;
        LockEntry.ModelRef model = null;
        String promptVersion = null;
        int iterations = 0;
        LockEntry.Tokens tokens = null;
        int holdoutRounds = 0;  // absent in locks written before holdout feedback existed
        Map<String, String> files = Map.of();
        Map<String, String> services = Map.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "inputHash" -> inputHash = text(field);
                case "model" -> {
                    Map<String, String> ref = textsByName(field);
                    model = new LockEntry.ModelRef(ref.get("provider"), ref.get("name"));
                }
                case "promptVersion" -> promptVersion = text(field);
                case "iterations" -> iterations = integer(field);
                case "tokens" -> tokens = tokens();
                case "holdoutRounds" -> holdoutRounds = integer(field);
                case "files" -> files = textsByName(field);
                case "services" -> services = textsByName(field);
                default -> parser.skipChildren();
            }
        }
        return new LockEntry(inputHash, model, promptVersion, iterations, tokens, holdoutRounds, files, services);
    }

    private LockEntry.Tokens tokens() throws IOException {
        expect(JsonToken.START_OBJECT, "tokens");
        long input = 0;
        long output = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "input" -> input = number(field);
                case "output" -> output = number(field);
                default -> parser.skipChildren();
            }
        }
        return new LockEntry.Tokens(input, output);
    }

    private Map<String, String> textsByName(String what) throws IOException {
        expect(JsonToken.START_OBJECT, what);
        Map<String, String> values = new TreeMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            values.put(name, text(name));
        }
        return values;
    }

    private List<String> strings(String what) throws IOException {
        expect(JsonToken.START_ARRAY, what);
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(text(what));
        }
        return values;
    }

    private String text(String what) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.VALUE_STRING, what);
        return parser.getText();
    }

    private int integer(String what) throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, what);
        return parser.getIntValue();
    }

    private long number(String what) throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, what);
        return parser.getLongValue();
    }

    private void expect(JsonToken token, String what) throws JsonParseException {
        if (parser.currentToken() != token) {
            throw new JsonParseException(parser, "'" + what + "' should be " + describe(token)
                    + " but is " + describe(parser.currentToken()));
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "missing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            default -> token.asString() == null ? token.name().toLowerCase(Locale.ROOT) : token.asString();
        };
    }
}
