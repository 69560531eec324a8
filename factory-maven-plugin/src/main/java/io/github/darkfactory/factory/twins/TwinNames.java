package io.github.darkfactory.factory.twins;

import io.github.darkfactory.factory.twins.TwinFailure.Reason;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A twin's name: lower case, so it reads the same as a system property and, upper-cased, as an
 * environment variable of the scenario JVM.
 */
public final class TwinNames {

    /** What the scenario JVM's system property of a twin starts with; {@code <name>.url} follows. */
    public static final String PROPERTY_PREFIX = "factory.twin.";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private TwinNames() {
    }

    /** Fails on the first name that is not {@code [a-z][a-z0-9-]*}, or that another twin has too. */
    public static void check(List<String> names) throws TwinFailure {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String shown = name == null ? "" : name;
            if (!NAME.matcher(shown).matches()) {
                throw new TwinFailure(Reason.INVALID_NAME, shown, "The twin name '" + shown + "' is not lower-case"
                        + " letters, digits and '-' starting with a letter", List.of(), "");
            }
            if (!seen.add(shown)) {
                throw new TwinFailure(Reason.DUPLICATE_NAME, shown, "Two twins are named '" + shown + "'", List.of(), "");
            }
        }
    }

    /** {@code factory.twin.<name>.url}: the scenario JVM's system property holding the twin's URL. */
    public static String systemProperty(String name) {
        return PROPERTY_PREFIX + name + ".url";
    }

    /** {@code FACTORY_TWIN_<NAME>_URL}, upper case, {@code -} as {@code _}. */
    public static String environmentVariable(String name) {
        return "FACTORY_TWIN_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }
}
