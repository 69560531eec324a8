package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Capability;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The YAML block between the {@code ---} lines at the top of a spec file. Values carry their line
 * so later checks (duplicate ids, layers, dependsOn) can point at the exact place.
 *
 * @param id          the spec id, or null when missing or invalid
 * @param writtenId   the id as written, also when invalid (null when missing): a dependsOn on it
 *                    is then explained, not reported as unknown
 * @param packageName the implementation package, or null when missing or invalid
 * @param layer       the declared layer, or null
 * @param dependsOn   the ids this spec depends on, each with its line
 * @param capabilities the capabilities the spec grants its package (docs/rules/capabilities.md)
 * @param bodyStart   0-based index of the first line after the front matter
 */
record FrontMatter(Located id, Located writtenId, Located packageName, Located layer, List<Located> dependsOn,
                   Set<Capability> capabilities, int bodyStart) {

    static final String ID = "id";
    static final String PACKAGE = "package";
    static final String LAYER = "layer";
    static final String DEPENDS_ON = "dependsOn";
    static final String CAPABILITIES = "capabilities";
    static final List<String> KEYS = List.of(ID, PACKAGE, LAYER, DEPENDS_ON, CAPABILITIES);
    static final String RESERVED_ID = "all";
    /** Line 1 of the YAML is line 2 of the file. */
    static final int FIRST_YAML_LINE = 2;
    /** What well-formed front matter looks like, for the fixes of problems. */
    static final String EXAMPLE =
            "a line '---', then 'id: pricing' and 'package: com.acme.shop.domain.pricing' on lines of their own, then a line '---'";

    private static final String DELIMITER = "---";

    /** Reads the front matter of a file whose lines are given, reporting what is wrong to {@code problems}. */
    static FrontMatter parse(Path file, List<String> lines, Problems problems) {
        return parse(file, lines, problems, true);
    }

    /** @param simpleLinesFirst false to always go through the YAML parser (tests compare the two ways) */
    static FrontMatter parse(Path file, List<String> lines, Problems problems, boolean simpleLinesFirst) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(DELIMITER)) {
            problems.add(file, 1, "the spec has no front matter",
                    "start the file with YAML front matter: " + EXAMPLE);
            return new FrontMatter(null, null, null, null, List.of(), Set.of(), 0);
        }
        int closing = closingDelimiter(lines);
        if (closing < 0) {
            problems.add(file, 1, "the front matter opened here is never closed",
                    "end the front matter with a line holding only '---'");
            return new FrontMatter(null, null, null, null, List.of(), Set.of(), lines.size());
        }
        List<String> yaml = lines.subList(1, closing);
        FrontMatterReader reader = new FrontMatterReader(file, problems);
        Optional<PlainFrontMatterLines.Values> plain = simpleLinesFirst ? PlainFrontMatterLines.read(yaml) : Optional.empty();
        if (plain.isPresent()) {
            reader.accept(plain.get());
        } else {
            reader.read(String.join("\n", yaml) + "\n");
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
}
