package io.github.darkfactory.factory.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import javax.lang.model.SourceVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML block between the {@code ---} lines at the top of a spec file. Values carry their line
 * so later checks (duplicate ids, layers, dependsOn) can point at the exact place.
 *
 * @param id          the spec id, or null when missing or invalid
 * @param packageName the implementation package, or null when missing or invalid
 * @param layer       the declared layer, or null
 * @param dependsOn   the ids this spec depends on, each with its line
 * @param bodyStart   0-based index of the first line after the front matter
 */
record FrontMatter(Located id, Located packageName, Located layer, List<Located> dependsOn, int bodyStart) {

    static final String ID = "id";
    static final String PACKAGE = "package";
    static final String LAYER = "layer";
    static final String DEPENDS_ON = "dependsOn";
    static final List<String> KEYS = List.of(ID, PACKAGE, LAYER, DEPENDS_ON);
    static final String RESERVED_ID = "all";

    private static final Pattern SPEC_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String DELIMITER = "---";
    private static final Pattern SIMPLE_LINE = Pattern.compile("([A-Za-z]+): +(?:([^\\[\\s][^\\s]*)|\\[([^\\]\\[]*)\\]) *");
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Set<String> NOT_PLAIN_TEXT = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");
    private static final String EXAMPLE =
            "a line '---', then 'id: pricing' and 'package: com.acme.shop.domain.pricing' on lines of their own, then a line '---'";

    /** Reads the front matter of a file whose lines are given, reporting what is wrong to {@code problems}. */
    static FrontMatter parse(Path file, List<String> lines, Problems problems) {
        return parse(file, lines, problems, true);
    }

    /** @param simpleLinesFirst false to always go through the YAML parser (tests compare the two ways) */
    static FrontMatter parse(Path file, List<String> lines, Problems problems, boolean simpleLinesFirst) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(DELIMITER)) {
            problems.add(file, 1, "the spec has no front matter",
                    "start the file with YAML front matter: " + EXAMPLE);
            return new FrontMatter(null, null, null, List.of(), 0);
        }
        int closing = closingDelimiter(lines);
        if (closing < 0) {
            problems.add(file, 1, "the front matter opened here is never closed",
                    "end the front matter with a line holding only '---'");
            return new FrontMatter(null, null, null, List.of(), lines.size());
        }
        Reader reader = new Reader(file, problems);
        if (!simpleLinesFirst || !reader.readSimpleLines(lines.subList(1, closing))) {
            reader.read(String.join("\n", lines.subList(1, closing)) + "\n");
        }
        return reader.result(closing + 1);
    }

    private static int closingDelimiter(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(DELIMITER)) {
                return i;
            }
        }
        return -1;
    }

    /** Streams the YAML so each key's line is known; line 1 of the YAML is line 2 of the file. */
    static final class Reader {

        private static final int FIRST_YAML_LINE = 2;

        private final Path file;
        private final Problems problems;
        // Problems of the values are held back until the YAML proved well-formed: a syntax error
        // often makes an earlier value look wrong, and the user should see only the real cause.
        private Problems valueProblems = new Problems();
        private final Set<String> seen = new HashSet<>();
        private Located id;
        private Located packageName;
        private Located layer;
        private final List<Located> dependsOn = new ArrayList<>();
        private boolean broken;

        Reader(Path file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        /**
         * Reads front matter made only of {@code key: value} and {@code key: [a, b]} lines with plain
         * values, which is nearly every spec, without SnakeYAML: starting it costs more than the
         * whole up-to-date check may. Returns false, having read nothing, for anything else (comments,
         * quotes, block lists, unknown or repeated keys, values YAML would not read as plain text),
         * which {@link #read} then parses and reports on.
         */
        boolean readSimpleLines(List<String> yamlLines) {
            Map<String, Located> scalars = new HashMap<>();
            List<Located> items = new ArrayList<>();
            for (int i = 0; i < yamlLines.size(); i++) {
                String line = yamlLines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                Matcher matcher = SIMPLE_LINE.matcher(line);
                if (!matcher.matches() || !KEYS.contains(matcher.group(1)) || scalars.containsKey(matcher.group(1))) {
                    return false;
                }
                int lineNumber = i + FIRST_YAML_LINE;
                String key = matcher.group(1);
                if (matcher.group(2) != null) {
                    if (!isPlainText(matcher.group(2))) {
                        return false;
                    }
                    scalars.put(key, new Located(matcher.group(2), lineNumber));
                } else {
                    scalars.put(key, null);
                    if (!key.equals(DEPENDS_ON)) {
                        return false;               // a list where one value belongs: YAML words that problem
                    }
                    for (String item : matcher.group(3).split(",")) {
                        if (!item.isBlank()) {
                            if (!isPlainText(item.strip())) {
                                return false;
                            }
                            items.add(new Located(item.strip(), lineNumber));
                        }
                    }
                }
            }
            if (scalars.isEmpty()) {
                return false;
            }
            id = scalars.get(ID);
            packageName = scalars.get(PACKAGE);
            layer = scalars.get(LAYER);
            if (scalars.get(DEPENDS_ON) != null) {
                dependsOn.add(scalars.get(DEPENDS_ON));
            }
            dependsOn.addAll(items);
            return true;
        }

        /** Text YAML reads as a plain string: no null, boolean or number look-alikes. */
        private static boolean isPlainText(String value) {
            return PLAIN_VALUE.matcher(value).matches() && !NOT_PLAIN_TEXT.contains(value.toLowerCase(Locale.ROOT));
        }

        void read(String yaml) {
            try (JsonParser parser = Yaml.FACTORY.createParser(yaml)) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return;
                }
                if (token != JsonToken.START_OBJECT) {
                    problem(line(parser.currentTokenLocation()), "the front matter is not a list of 'key: value' lines",
                            "write the front matter as YAML keys: " + EXAMPLE);
                    broken = true;
                    return;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line(parser.currentTokenLocation());
                    parser.nextToken();
                    readValue(parser, key, keyLine);
                }
            } catch (JsonProcessingException e) {
                broken = true;
                valueProblems = new Problems();
                problem(syntaxErrorLine(e), "the front matter is not valid YAML: " + syntaxErrorMessage(e),
                        "fix the YAML syntax: one 'key: value' per line, lists as [a, b]; quote values containing ': ' or '#'");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void readValue(JsonParser parser, String key, int keyLine) throws IOException {
            if (!seen.add(key)) {
                problem(keyLine, "the key '" + key + "' appears twice in the front matter", "keep only one '" + key + ":' line");
                parser.skipChildren();
                return;
            }
            switch (key) {
                case ID -> id = scalar(parser, key, keyLine);
                case PACKAGE -> packageName = scalar(parser, key, keyLine);
                case LAYER -> layer = scalar(parser, key, keyLine);
                case DEPENDS_ON -> readDependsOn(parser, keyLine);
                default -> {
                    problem(keyLine, "unknown front matter key '" + key + "'",
                            "use only the keys " + String.join(", ", KEYS) + " (check the spelling)");
                    parser.skipChildren();
                }
            }
        }

        private Located scalar(JsonParser parser, String key, int keyLine) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (!token.isScalarValue()) {
                problem(keyLine, "'" + key + "' must be a single value, not a list or a map", "write it as '" + key + ": <value>'");
                parser.skipChildren();
                return null;
            }
            String text = parser.getText().strip();
            return text.isEmpty() ? null : new Located(text, keyLine);
        }

        private void readDependsOn(JsonParser parser, int keyLine) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    int itemLine = line(parser.currentTokenLocation());
                    if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                        dependsOn.add(new Located(parser.getText().strip(), itemLine));
                    } else {
                        problem(itemLine, "each dependsOn entry must be a spec id", "write dependsOn as a list of spec ids, such as [catalog, pricing]");
                        parser.skipChildren();
                    }
                }
            } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                dependsOn.add(new Located(parser.getText().strip(), keyLine));
            } else if (token != JsonToken.VALUE_NULL) {
                problem(keyLine, "dependsOn must be a list of spec ids", "write dependsOn as a list of spec ids, such as [catalog, pricing]");
                parser.skipChildren();
            }
        }

        FrontMatter result(int bodyStart) {
            if (!broken) {
                id = checkedId();
                packageName = checkedPackage();
            }
            problems.addAll(valueProblems);
            return new FrontMatter(id, packageName, layer, List.copyOf(dependsOn), bodyStart);
        }

        private Located checkedId() {
            if (id == null) {
                problem(1, "the front matter has no 'id'", "add a line 'id: <spec-id>' (lower case, such as 'id: pricing')");
                return null;
            }
            if (!SPEC_ID.matcher(id.value()).matches()) {
                problem(id.line(), "the id '" + id.value() + "' is not a valid spec id",
                        "use lower-case letters, digits and '-', starting with a letter, such as 'id: "
                                + suggestedId(id.value()) + "'");
                return null;
            }
            if (id.value().equals(RESERVED_ID)) {
                problem(id.line(), "the id 'all' is reserved (factory.regenerate=all means every spec)",
                        "choose another id, such as the last part of the spec's package");
                return null;
            }
            return id;
        }

        private Located checkedPackage() {
            if (packageName == null) {
                problem(1, "the front matter has no 'package'",
                        "add a line 'package: <java.package>' naming where the implementation goes, such as 'package: com.acme.shop.domain.pricing'");
                return null;
            }
            if (!SourceVersion.isName(packageName.value())) {
                problem(packageName.line(), "the package '" + packageName.value() + "' is not a valid Java package name",
                        "use dot-separated Java identifiers that are not keywords, such as 'package: com.acme.shop.domain.pricing'");
                return null;
            }
            return packageName;
        }

        private static String suggestedId(String invalid) {
            String suggestion = invalid.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                    .replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
            return suggestion.isEmpty() || suggestion.equals(RESERVED_ID) ? "pricing" : suggestion;
        }

        private void problem(int line, String message, String fix) {
            valueProblems.add(file, line, message, fix);
        }

        private static int line(JsonLocation location) {
            return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr() + FIRST_YAML_LINE - 1;
        }

        /**
         * SnakeYAML knows where the broken construct started (the context mark, such as an unclosed
         * '[') and where it noticed (the problem mark); the start is what the user must fix.
         */
        private static int syntaxErrorLine(JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                Mark mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
                if (mark != null) {
                    return mark.getLine() + FIRST_YAML_LINE;
                }
            }
            return line(e.getLocation());
        }

        private static String syntaxErrorMessage(JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                String context = marked.getContext() == null ? "" : " (" + marked.getContext().strip() + ")";
                return marked.getProblem().strip() + context;
            }
            String message = e.getOriginalMessage();
            return message == null ? "" : message.lines().findFirst().orElse("").strip();
        }
    }

    /** Set up on first use: front matter of plain lines never needs SnakeYAML, whose start-up is slow. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    }
}
