package io.github.darkfactory.factory.generate.loop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answer protocol: each file is a line {@code ### <path>} followed by a fenced
 * {@code ```java} block holding the whole file.
 *
 * <p>Models drift from a protocol in small ways, so this also accepts {@code ##} or {@code ####},
 * a path in backticks, quotes or bold, a {@code File:} prefix, a leading {@code ./}, a fence with
 * no language tag or with more backticks, CRLF line endings, prose between files, and a block with
 * no heading whose first line is a {@code // path/Of/File.java} comment (the comment stays in the
 * file). Paths are not judged here: that is {@link OutputPathGuard}'s job.
 */
public final class AnswerParser {

    static final String PROTOCOL = "each file as a line `### <path relative to the output directory>`"
            + " followed by a ```java block with the whole file";

    private static final Pattern HEADING = Pattern.compile("^#{2,4}\\s+(.+?)\\s*$");
    private static final Pattern FENCE_OPEN = Pattern.compile("^\\s*(`{3,})\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern PATH_COMMENT = Pattern.compile("^\\s*//\\s*(\\S+\\.java)\\s*$");
    private static final Pattern LOOKS_LIKE_PATH = Pattern.compile("^[^\\s]*[/\\\\][^\\s]*$|^[^\\s]+\\.[A-Za-z]+$");

    private AnswerParser() {
    }

    public static ParsedAnswer parse(String answer) {
        String[] lines = answer.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<AnswerFile> files = new ArrayList<>();
        List<LoopProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String pendingPath = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            Matcher fence = FENCE_OPEN.matcher(lines[i]);
            if (heading.matches()) {
                String path = cleanPath(heading.group(1));
                pendingPath = LOOKS_LIKE_PATH.matcher(path).matches() ? path : null;
                pendingLine = i + 1;
            } else if (fence.matches()) {
                int close = closingFence(lines, i + 1, fence.group(1).length());
                String language = fence.group(2).toLowerCase();
                String body = String.join("\n", List.of(lines).subList(i + 1, close == -1 ? lines.length : close));
                String path = pendingPath;
                int pathLine = pendingLine;
                if (path == null) {
                    Matcher comment = PATH_COMMENT.matcher(body.lines().findFirst().orElse(""));
                    if (comment.matches()) {
                        path = cleanPath(comment.group(1));
                        pathLine = i + 2;
                    }
                }
                pendingPath = null;
                if (path == null) {
                    if (language.isEmpty() || language.equals("java")) {
                        problems.add(new LoopProblem(LoopProblem.Check.ANSWER, "answer line " + (i + 1),
                                "a code block has no file path before it",
                                "put a line `### <path>` right before every code block"));
                    }
                } else if (close == -1) {
                    problems.add(new LoopProblem(LoopProblem.Check.ANSWER, path,
                            "the code block opened at answer line " + (i + 1) + " is never closed (answer cut off?)",
                            "close every code block with ``` and keep the answer short enough to finish"));
                } else if (!seen.add(path)) {
                    problems.add(new LoopProblem(LoopProblem.Check.ANSWER, path, "the file is given twice",
                            "give each file exactly once"));
                } else {
                    files.add(new AnswerFile(path, body.isEmpty() ? "" : body + "\n", pathLine));
                }
                i = close == -1 ? lines.length : close;
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new LoopProblem(LoopProblem.Check.ANSWER, "answer", "no files found",
                    "answer with " + PROTOCOL));
        }
        return new ParsedAnswer(files, problems);
    }

    private static int closingFence(String[] lines, int from, int ticks) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.length() >= ticks && line.chars().allMatch(c -> c == '`')) {
                return i;
            }
        }
        return -1;
    }

    private static String stripMarkup(String text) {
        return text.replaceAll("^[\\s`*\"']+|[\\s`*\"':]+$", "");
    }

    private static String cleanPath(String raw) {
        String path = stripMarkup(raw);
        path = stripMarkup(path.replaceFirst("^(?i)(file|path)\\s*:", ""));
        return path.startsWith("./") ? path.substring(2) : path;
    }
}
