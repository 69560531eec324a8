package io.github.darkfactory.factory.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads front matter made only of {@code key: value} and {@code key: [a, b]} lines with plain
 * values, which is nearly every spec, without SnakeYAML, whose start-up costs more than a whole
 * up-to-date check may (docs/performance.md). Anything else (comments, quotes, block lists, unknown
 * or repeated keys, values YAML would not read as plain text) is left to {@link FrontMatterReader},
 * which parses it and reports on it; {@code FrontMatterTest} proves both read the same.
 */
final class PlainFrontMatterLines {

    private static final Pattern SIMPLE_LINE = Pattern.compile("([A-Za-z]+): +(?:([^\\[\\s][^\\s]*)|\\[([^\\]\\[]*)\\]) *");
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    /** The keys whose value may be a list. */
    private static final Set<String> LISTS = Set.of(FrontMatter.DEPENDS_ON, FrontMatter.CAPABILITIES);
    private static final Set<String> NOT_PLAIN_TEXT = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    /** The values of plain front matter lines, each with its line in the file. */
    record Values(Located id, Located packageName, Located layer, List<Located> dependsOn, List<Located> capabilities) {
    }

    private PlainFrontMatterLines() {
    }

    /** The values of the YAML lines, or empty, having read nothing, when they are not all plain. */
    static Optional<Values> read(List<String> yamlLines) {
        Map<String, Located> scalars = new HashMap<>();
        Map<String, List<Located>> items = new HashMap<>();
        for (int i = 0; i < yamlLines.size(); i++) {
            String line = yamlLines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = SIMPLE_LINE.matcher(line);
            if (!matcher.matches() || !FrontMatter.KEYS.contains(matcher.group(1)) || scalars.containsKey(matcher.group(1))) {
                return Optional.empty();
            }
            int lineNumber = i + FrontMatter.FIRST_YAML_LINE;
            String key = matcher.group(1);
            if (matcher.group(2) != null) {
                if (!isPlainText(matcher.group(2)) || key.equals(FrontMatter.CAPABILITIES)) {
                    return Optional.empty();               // capabilities must be a list: YAML words that problem
                }
                scalars.put(key, new Located(matcher.group(2), lineNumber));
            } else {
                scalars.put(key, null);
                if (!LISTS.contains(key)) {
                    return Optional.empty();               // a list where one value belongs: YAML words that problem
                }
                for (String item : matcher.group(3).split(",")) {
                    if (!item.isBlank()) {
                        if (!isPlainText(item.strip())) {
                            return Optional.empty();
                        }
                        items.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(item.strip(), lineNumber));
                    }
                }
            }
        }
        if (scalars.isEmpty()) {
            return Optional.empty();
        }
        List<Located> dependsOn = new ArrayList<>();
        if (scalars.get(FrontMatter.DEPENDS_ON) != null) {
            dependsOn.add(scalars.get(FrontMatter.DEPENDS_ON));
        }
        dependsOn.addAll(items.getOrDefault(FrontMatter.DEPENDS_ON, List.of()));
        return Optional.of(new Values(scalars.get(FrontMatter.ID), scalars.get(FrontMatter.PACKAGE),
                scalars.get(FrontMatter.LAYER), List.copyOf(dependsOn),
                List.copyOf(items.getOrDefault(FrontMatter.CAPABILITIES, List.of()))));
    }

    /** Text YAML reads as a plain string: no null, boolean or number look-alikes. */
    private static boolean isPlainText(String value) {
        return PLAIN_VALUE.matcher(value).matches() && !NOT_PLAIN_TEXT.contains(value.toLowerCase(Locale.ROOT));
    }
}
