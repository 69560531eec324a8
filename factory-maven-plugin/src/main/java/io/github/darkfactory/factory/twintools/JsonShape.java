package io.github.darkfactory.factory.twintools;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares the shape of two JSON values: field names and value types (string, number, boolean,
 * null, object, array), recursively; never the values. An array's shape is its first element's; an
 * empty array agrees with any array.
 */
public final class JsonShape {

    private JsonShape() {
    }

    /** The differences, one line each, {@code $.path: ...}; empty when the shapes agree. */
    public static List<String> differences(JsonNode twin, JsonNode service) {
        List<String> differences = new ArrayList<>();
        compare("$", twin, service, differences);
        return differences;
    }

    public static String type(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return "string";
    }

    private static void compare(String path, JsonNode twin, JsonNode service, List<String> differences) {
        String twinType = type(twin);
        String serviceType = type(service);
        if (!twinType.equals(serviceType)) {
            differences.add(path + ": " + article(twinType) + " in the twin, " + article(serviceType) + " from the service");
        } else if (twin.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            twin.fieldNames().forEachRemaining(names::add);
            service.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String field = path + "." + name;
                if (!service.has(name)) {
                    differences.add(field + ": in the twin, missing from the service");
                } else if (!twin.has(name)) {
                    differences.add(field + ": from the service, missing from the twin");
                } else {
                    compare(field, twin.get(name), service.get(name), differences);
                }
            }
        } else if (twin.isArray() && !twin.isEmpty() && !service.isEmpty()) {
            compare(path + "[0]", twin.get(0), service.get(0), differences);
        }
    }

    private static String article(String type) {
        return (type.equals("object") || type.equals("array") ? "an " : "a ") + type;
    }
}
