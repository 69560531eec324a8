package io.github.darkfactory.factory.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bullets of a {@code ## Requirements} section: {@code - PRC-1: text}. A bullet's
 * continuation lines (indented or not) run until the next bullet, heading, code block or blank
 * line and are joined with single spaces. Lines before the first bullet are prose.
 */
final class RequirementParser {

    static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+");

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+](?:\\s+(.*))?$");
    private static final Pattern LABELLED = Pattern.compile("^([^\\s:]+)\\s*:\\s*(.*)$");
    private static final Pattern LOOSE_ID = Pattern.compile("([A-Z][A-Z0-9]*?)([0-9]+)");

    private RequirementParser() {
    }

    static List<Requirement> parse(Path file, String specId, List<MarkdownBody.SectionLine> lines, Problems problems) {
        List<Requirement> requirements = new ArrayList<>();
        Pending pending = null;
        for (MarkdownBody.SectionLine line : lines) {
            boolean text = line.kind() == MarkdownBody.SectionLine.Kind.TEXT;
            Matcher bullet = text && mayBeBullet(line.text()) ? BULLET.matcher(line.text()) : null;
            if (bullet != null && bullet.matches()) {
                add(requirements, pending, specId);
                pending = startBullet(file, line.number(), bullet.group(1), new Examples(specId, requirements), problems);
            } else if (text && !line.text().isBlank() && pending != null) {
                pending.text.append(' ').append(line.text().strip());
            } else {
                add(requirements, pending, specId);
                pending = null;
            }
        }
        add(requirements, pending, specId);
        for (Requirement requirement : requirements) {
            if (requirement.text().isEmpty()) {
                problems.add(file, requirement.line(), "requirement " + requirement.id() + " has no text",
                        "say what the system SHALL do after the id, such as "
                                + Examples.bullet(requirement.id()));
            }
        }
        return requirements;
    }

    /** Whether the first character after leading white space is a bullet marker: a cheap test before {@link #BULLET}. */
    private static boolean mayBeBullet(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B') {
                return c == '-' || c == '*' || c == '+';
            }
        }
        return false;
    }

    /** Returns the bullet being read, or null (after reporting) when it carries no valid id. */
    private static Pending startBullet(Path file, int line, String content, Examples examples, Problems problems) {
        Matcher labelled = LABELLED.matcher(content == null ? "" : content.strip());
        if (!labelled.matches()) {
            problems.add(file, line, "this requirement bullet has no id",
                    "start every bullet under '## Requirements' with an id and a colon, such as "
                            + Examples.bullet(examples.nextId()) + "; move prose out of the bullet list");
            return null;
        }
        String id = labelled.group(1);
        if (!REQUIREMENT_ID.matcher(id).matches()) {
            problems.add(file, line, "'" + id + "' is not a valid requirement id",
                    "write requirement ids as upper-case letters and digits, a dash and a number, such as "
                            + Examples.bullet(examples.fixed(id)));
            return null;
        }
        return new Pending(id, line, new StringBuilder(labelled.group(2).strip()));
    }

    /** Example ids in the spec's own terms: its requirements' prefix, or one made from its id. */
    private record Examples(String specId, List<Requirement> requirementsSoFar) {

        static String bullet(String id) {
            return "'- " + id + ": WHEN <something happens> THEN <the system> SHALL <respond so>'";
        }

        /** The id the author most likely meant: {@code PRC-3} for {@code prc3} or {@code Prc_3}. */
        String fixed(String written) {
            Matcher loose = LOOSE_ID.matcher(written.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
            return loose.matches() ? loose.group(1) + "-" + loose.group(2).replaceFirst("^0+(?=[0-9])", "") : nextId();
        }

        String nextId() {
            String prefix = requirementsSoFar.isEmpty() ? fromSpecId()
                    : requirementsSoFar.get(0).id().substring(0, requirementsSoFar.get(0).id().indexOf('-'));
            return prefix + "-" + (requirementsSoFar.size() + 1);
        }

        private String fromSpecId() {
            String letters = specId == null ? "" : specId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            return letters.isEmpty() ? "REQ" : letters.substring(0, Math.min(3, letters.length()));
        }
    }

    private static void add(List<Requirement> requirements, Pending pending, String specId) {
        if (pending != null) {
            requirements.add(new Requirement(pending.id, pending.text.toString().strip(), specId, pending.line));
        }
    }

    private record Pending(String id, int line, StringBuilder text) {
    }
}
