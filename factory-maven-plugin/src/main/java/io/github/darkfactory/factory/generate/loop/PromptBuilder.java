package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.rules.Capability;
import io.github.darkfactory.rules.Layer;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the prompts of one spec. Holds the spec, the contracts of its dependsOn specs, AGENTS.md,
 * the architecture rules in words, with holdout feedback the ids and texts of the spec's failed
 * requirements and its previous implementation, and, from the second iteration, the previous answer
 * and its problems: never other specs' text or code, never anything of a scenario jar or of a verify
 * beyond those ids. Deterministic: the
 * same inputs give the same bytes (line endings are normalised to LF, everything is in a fixed order).
 */
public final class PromptBuilder {

    /**
     * Recorded in the lock for each generated spec. Change it whenever the prompt's wording or
     * structure changes, so a lock shows which prompt produced the code.
     */
    public static final String PROMPT_VERSION = "2";

    /**
     * The one sentence holdout feedback adds per failed requirement (docs/generation-loop.md, "Holdout
     * feedback"); {@code %s} is the requirement id. Nothing else of the verify reaches a prompt.
     */
    public static final String HOLDOUT_SENTENCE = "A hidden acceptance scenario for %s failed against the previous"
            + " implementation shown below; change the implementation so that the requirement holds.";

    private PromptBuilder() {
    }

    public static String system(Spec spec) {
        String directory = packageDirectory(spec);
        return lf("""
                You are a senior Java engineer. You implement one specification of a Java project: the \
                spec's contract types (interfaces, records, enums) are given and fixed; you write the \
                implementation classes behind them so that every requirement of the spec holds.

                Answer protocol: give each file as a line `### <path relative to the output directory>` \
                followed by a fenced ```java block holding the whole file. Give every file of the \
                implementation in every answer, complete, not a diff. Text outside these blocks is ignored.

                Rules for the files:
                - Write only `.java` files in `%s` (package `%s`) or its subdirectories (subpackages).
                - Contracts are owned by the spec's author: never write, change or redeclare a contract type.
                - Use other specs only through their contracts listed under "Contracts you may use", \
                never through their implementation classes.
                - For each contract interface of this spec, write exactly one public top-level class with \
                a public no-argument constructor implementing it: it is registered for \
                java.util.ServiceLoader, which is how callers find the implementation.
                - Use only the Java standard library and the types given in the prompt or on the project's \
                classpath. No System.out, System.err or printStackTrace; no test code.
                """.formatted(directory, spec.packageName()));
    }

    public static String user(SpecJob job, Attempt previous) {
        Spec spec = job.spec();
        StringBuilder prompt = new StringBuilder();
        prompt.append("# Implement spec `").append(spec.id()).append("`\n\n")
                .append("Package `").append(spec.packageName()).append("`: write files under `")
                .append(packageDirectory(spec)).append("`.\n\n");
        prompt.append("## The spec\n\n").append(fenced("markdown", spec.text())).append('\n');
        appendDependencies(prompt, job);
        if (job.agentsMd() != null && !job.agentsMd().isBlank()) {
            prompt.append("## Project guidelines (AGENTS.md)\n\n").append(fenced("markdown", job.agentsMd())).append('\n');
        }
        appendRules(prompt, job);
        if (job.holdout().any()) {
            appendHoldout(prompt, job.holdout());
        }
        if (previous != null) {
            appendPrevious(prompt, previous);
        }
        return lf(prompt.toString());
    }

    private static void appendDependencies(StringBuilder prompt, SpecJob job) {
        prompt.append("## Contracts you may use\n\n");
        if (job.spec().dependsOn().isEmpty()) {
            prompt.append("This spec depends on no other spec: use only its own contracts.\n\n");
            return;
        }
        for (String id : job.spec().dependsOn().stream().sorted().toList()) {
            Spec dependency = job.specSet().find(id).orElseThrow(() ->
                    new IllegalArgumentException("spec '" + job.spec().id() + "' depends on unknown spec '" + id + "'"));
            prompt.append("### Contracts of spec `").append(id).append("` (package `")
                    .append(dependency.packageName()).append("`)\n\n");
            for (ContractUnit unit : dependency.contracts()) {
                prompt.append("Contract file `").append(unit.relativePath()).append("`:\n")
                        .append(fenced("java", unit.source())).append('\n');
            }
        }
    }

    private static void appendRules(StringBuilder prompt, SpecJob job) {
        prompt.append("## Architecture rules (checked on the compiled code)\n\n");
        if (!job.layers().isEmpty()) {
            prompt.append("- Layers: a class may depend only on its own layer and on the layers it may use.\n");
            for (Layer layer : job.layers()) {
                prompt.append("  - layer `").append(layer.name()).append("` (packages ")
                        .append(String.join(", ", layer.packages())).append(") may use ")
                        .append(layer.mayUse().isEmpty() ? "no other layer" : String.join(", ", layer.mayUse()))
                        .append(layer.contains(job.spec().packageName()) ? " — this spec's package is in this layer" : "")
                        .append('\n');
            }
        }
        prompt.append("""
                - No System.out, System.err or printStackTrace in main code: report through return values \
                or exceptions.
                - Main code references no test class and no test library.
                - No dependency cycles between the packages of the specs (""")
                .append(job.specPackages().stream().sorted().collect(Collectors.joining(", ")))
                .append(").\n")
                .append("- Code of other specs may be used only through the contracts of the specs in dependsOn.\n");
        appendCapabilities(prompt, job.spec());
        prompt.append("""
                - Never look at the stack (StackWalker, getStackTrace, getAllStackTraces, StackTraceElement) and \
                reference no test framework (org.junit, org.opentest4j, org.assertj, org.hamcrest, org.mockito) and \
                nothing of io.github.darkfactory: behave the same whoever calls the code. No capability grants this.

                """);
    }

    /** What the spec grants, and that every other capability is forbidden (docs/rules/capabilities.md). */
    private static void appendCapabilities(StringBuilder prompt, Spec spec) {
        List<Capability> forbidden = Arrays.stream(Capability.values()).filter(c -> !spec.capabilities().contains(c)).toList();
        prompt.append("- Capabilities: ").append(spec.capabilities().isEmpty() ? "this spec grants none."
                : "this spec grants " + spec.capabilities().stream().map(Capability::id).collect(Collectors.joining(", "))
                        + ": its code may use their JDK APIs.");
        if (!forbidden.isEmpty()) {
            prompt.append(" Everything else is forbidden in package `").append(spec.packageName()).append("`:\n");
            forbidden.forEach(c -> prompt.append("  - ").append(c.id()).append(": ").append(c.summary()).append('\n'));
        } else {
            prompt.append('\n');
        }
    }

    /** Per failed requirement its text and the fixed sentence, then the code the scenarios ran against. */
    private static void appendHoldout(StringBuilder prompt, HoldoutFailures holdout) {
        prompt.append("## Hidden acceptance scenarios that failed\n\n");
        for (Requirement requirement : holdout.requirements()) {
            prompt.append("- ").append(requirement.id()).append(": ").append(requirement.text()).append("\n  ")
                    .append(HOLDOUT_SENTENCE.formatted(requirement.id())).append('\n');
        }
        prompt.append("\n## The previous implementation\n\n");
        if (holdout.previousFiles().isEmpty()) {
            prompt.append("No file of it is on record.\n\n");
        }
        holdout.previousFiles().forEach((path, content) ->
                prompt.append("### ").append(path).append('\n').append(fenced("java", content)).append('\n'));
    }

    private static void appendPrevious(StringBuilder prompt, Attempt previous) {
        prompt.append("## Your previous answer (iteration ").append(previous.iteration()).append(")\n\n");
        if (previous.files().isEmpty()) {
            prompt.append("It contained no file in the answer protocol.\n\n");
        }
        for (AnswerFile file : previous.files()) {
            prompt.append("### ").append(file.path()).append('\n').append(fenced("java", file.content())).append('\n');
        }
        prompt.append("## Problems to fix (").append(previous.problems().size()).append(")\n\n")
                .append("Fix every problem below and give the whole corrected answer again, every file complete.\n\n");
        int n = 1;
        for (LoopProblem problem : previous.problems()) {
            prompt.append(n++).append(". [").append(problem.check().label()).append("] ").append(problem.render()).append('\n');
        }
    }

    private static String fenced(String language, String text) {
        String body = lf(text);
        // A fence longer than any backtick run inside keeps embedded fences (spec contracts) intact.
        int longest = 2;
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("`+").matcher(body);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(longest + 1);
        return fence + language + "\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    static String packageDirectory(Spec spec) {
        return spec.packageName().replace('.', '/') + "/";
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
