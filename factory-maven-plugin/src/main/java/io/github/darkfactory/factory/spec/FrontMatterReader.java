package io.github.darkfactory.factory.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.darkfactory.rules.Capability;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the front matter's values, from {@link PlainFrontMatterLines} or by streaming the YAML so
 * each key's line is known (line 1 of the YAML is line 2 of the file), then checks them.
 */
final class FrontMatterReader {

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
    private final List<Located> capabilities = new ArrayList<>();
    private boolean broken;

    FrontMatterReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Takes the values of plain lines, which need no YAML parser. */
    void accept(PlainFrontMatterLines.Values values) {
        id = values.id();
        packageName = values.packageName();
        layer = values.layer();
        dependsOn.addAll(values.dependsOn());
        capabilities.addAll(values.capabilities());
    }

    void read(String yaml) {
        try (JsonParser parser = Yaml.FACTORY.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return;
            }
            if (token != JsonToken.START_OBJECT) {
                problem(line(parser.currentTokenLocation()), "the front matter is not a list of 'key: value' lines",
                        "write the front matter as YAML keys: " + FrontMatter.EXAMPLE);
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
            case FrontMatter.ID -> id = scalar(parser, key, keyLine);
            case FrontMatter.PACKAGE -> packageName = scalar(parser, key, keyLine);
            case FrontMatter.LAYER -> layer = scalar(parser, key, keyLine);
            case FrontMatter.DEPENDS_ON -> readDependsOn(parser, keyLine);
            case FrontMatter.CAPABILITIES -> readCapabilities(parser, keyLine);
            default -> {
                problem(keyLine, "unknown front matter key '" + key + "'",
                        "use only the keys " + String.join(", ", FrontMatter.KEYS) + " (check the spelling)");
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
            problem(keyLine, "'" + key + "' must be a single value, not a list or a map",
                    "write one value on the line, after '" + key + ":'");
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

    /** Unlike dependsOn, a single name is not accepted: the list shows at a glance what a spec may do. */
    private void readCapabilities(JsonParser parser, int keyLine) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(keyLine, "capabilities must be a list of capability names",
                    "write them as a YAML list, such as 'capabilities: [network]', or remove the line to grant none");
            parser.skipChildren();
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            int itemLine = line(parser.currentTokenLocation());
            if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                capabilities.add(new Located(parser.getText().strip(), itemLine));
            } else {
                problem(itemLine, "each capabilities entry must be a capability name",
                        "write capabilities as a list of names, such as [network, files]");
                parser.skipChildren();
            }
        }
    }

    FrontMatter result(int bodyStart) {
        Set<Capability> granted = Set.of();
        Located written = id;
        if (!broken) {
            id = FrontMatterChecks.id(id, file, valueProblems);
            packageName = FrontMatterChecks.packageName(packageName, file, valueProblems);
            granted = FrontMatterChecks.capabilities(capabilities, file, valueProblems);
        }
        problems.addAll(valueProblems);
        return new FrontMatter(id, written, packageName, layer, List.copyOf(dependsOn), granted, bodyStart);
    }

    private void problem(int line, String message, String fix) {
        valueProblems.add(file, line, message, fix);
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr() + FrontMatter.FIRST_YAML_LINE - 1;
    }

    /**
     * SnakeYAML knows where the broken construct started (the context mark, such as an unclosed
     * '[') and where it noticed (the problem mark); the start is what the user must fix.
     */
    private static int syntaxErrorLine(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            Mark mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            if (mark != null) {
                return mark.getLine() + FrontMatter.FIRST_YAML_LINE;
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

    /** Set up on first use: front matter of plain lines never needs SnakeYAML, whose start-up is slow. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    }
}
