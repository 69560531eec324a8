package io.github.darkfactory.factory.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sections of a spec body the plugin reads: the ```java blocks under {@code ## Contract}
 * and the lines under {@code ## Requirements}. Everything else is prose. A section runs to the next
 * heading of level 1 or 2; headings inside fenced code are not headings.
 *
 * @param contractBlocks   the java blocks of the contract section, in file order
 * @param requirementLines the lines of the requirements section, in file order
 */
record MarkdownBody(List<CodeBlock> contractBlocks, List<SectionLine> requirementLines) {

    /** A fenced ```java block: the line of its opening fence and its text with LF endings. */
    record CodeBlock(int fenceLine, String source) {
    }

    /** One line of a section; {@code kind} says how a bullet list treats it. */
    record SectionLine(int number, String text, Kind kind) {

        enum Kind { TEXT, HEADING, CODE }
    }

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*([^ \\t`]*).*$");

    private enum Section { PROSE, CONTRACT, REQUIREMENTS }

    /** Scans {@code lines} from index {@code from}; an unclosed fence is reported to {@code problems}. */
    static MarkdownBody scan(Path file, List<String> lines, int from, Problems problems) {
        List<CodeBlock> blocks = new ArrayList<>();
        List<SectionLine> requirementLines = new ArrayList<>();
        Section section = Section.PROSE;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            char marker = markerOf(line);
            Matcher fence = marker == '`' || marker == '~' ? FENCE.matcher(line) : null;
            if (fence != null && fence.matches()) {
                int close = closingFence(lines, i + 1, fence.group(1));
                if (close < 0) {
                    problems.add(file, i + 1, "this code block is never closed",
                            "add a line '" + fence.group(1) + "' after the block's last line");
                    return new MarkdownBody(blocks, requirementLines);
                }
                if (section == Section.CONTRACT && fence.group(2).toLowerCase(Locale.ROOT).equals("java")) {
                    blocks.add(new CodeBlock(i + 1, joined(lines.subList(i + 1, close))));
                }
                if (section == Section.REQUIREMENTS) {
                    for (int j = i; j <= close; j++) {
                        requirementLines.add(new SectionLine(j + 1, lines.get(j), SectionLine.Kind.CODE));
                    }
                }
                i = close;
                continue;
            }
            Matcher heading = marker == '#' ? HEADING.matcher(line) : null;
            boolean isHeading = heading != null && heading.matches();
            if (isHeading) {
                int level = heading.group(1).length();
                if (level <= 2) {
                    section = level == 2 ? sectionNamed(heading.group(2)) : Section.PROSE;
                    continue;
                }
            }
            if (section == Section.REQUIREMENTS) {
                SectionLine.Kind kind = isHeading ? SectionLine.Kind.HEADING : SectionLine.Kind.TEXT;
                requirementLines.add(new SectionLine(i + 1, line, kind));
            }
        }
        return new MarkdownBody(blocks, requirementLines);
    }

    /**
     * The first character after at most three spaces, which a fence or heading must start with;
     * checked first because most lines are neither and a regular expression costs more.
     */
    private static char markerOf(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? line.charAt(i) : ' ';
    }

    private static Section sectionNamed(String title) {
        String name = title == null ? "" : CLOSING_HASHES.matcher(title).replaceFirst("").strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "contract", "contracts" -> Section.CONTRACT;
            case "requirements", "requirement" -> Section.REQUIREMENTS;
            default -> Section.PROSE;
        };
    }

    private static int closingFence(List<String> lines, int from, String opening) {
        for (int i = from; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.length() >= opening.length() && consistsOf(stripped, opening.charAt(0))
                    && lines.get(i).indexOf(opening.charAt(0)) <= 3) {
                return i;
            }
        }
        return -1;
    }

    private static boolean consistsOf(String text, char c) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }
}
