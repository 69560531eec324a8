package io.github.darkfactory.factory.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * The one way we write JSON: two-space indent, {@code "key": value}, LF line endings on every
 * platform and a trailing newline, so every file we write diffs cleanly and reads the same on CI.
 * Loaded on first use only: a build that writes no JSON never pays for data binding.
 */
public final class Json {

    /** For reading, and for building trees to write. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final ObjectWriter IN_ORDER = MAPPER.writer(PRINTER);

    private static final ObjectWriter SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build().writer(PRINTER);

    private Json() {
    }

    /** Maps and trees in their own order (insertion order for a {@code LinkedHashMap}). */
    public static String pretty(Object value) {
        return write(IN_ORDER, value);
    }

    /** Map keys sorted, so the same content always gives the same bytes. */
    public static byte[] prettySorted(Object value) {
        return write(SORTED, value).getBytes(StandardCharsets.UTF_8);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value of plain records, maps and lists always serializes", e);
        }
    }
}
