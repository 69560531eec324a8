package io.github.darkfactory.factory.architecture;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.Violation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders findings as {@code architecture.json} (ours) and {@code architecture.sarif} (SARIF 2.1.0, for CI tools). */
final class ArchitectureReports {

    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final Path projectDirectory;
    private final List<Path> sourceRoots;

    ArchitectureReports(Path projectDirectory, List<Path> sourceRoots) {
        this.projectDirectory = projectDirectory;
        this.sourceRoots = sourceRoots;
    }

    String json(List<Finding> findings, List<FactoryRule> rules) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        long baselined = findings.stream().filter(Finding::baselined).count();
        root.put("status", baselined == findings.size() ? "PASSED" : "FAILED");
        root.putObject("summary")
                .put("violations", findings.size())
                .put("baselined", baselined)
                .put("new", findings.size() - baselined);
        ArrayNode ruleIds = root.putArray("rules");
        rules.forEach(rule -> ruleIds.add(rule.id()));
        ArrayNode violations = root.putArray("violations");
        for (Finding finding : findings) {
            Violation v = finding.violation();
            violations.addObject()
                    .put("rule", v.ruleId())
                    .put("class", v.className())
                    .put("sourceFile", v.sourceFile())
                    .put("location", sourcePath(v))
                    .put("line", v.line())
                    .put("description", v.description())
                    .put("why", v.why())
                    .put("fix", v.fix())
                    .put("baselined", finding.baselined());
        }
        return Json.pretty(root);
    }

    String sarif(List<Finding> findings, List<FactoryRule> rules) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SARIF_SCHEMA).put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "factory-maven-plugin")
                .put("informationUri", "https://github.com/darkfactory/factory-maven-plugin/tree/main/docs/rules");
        ArrayNode sarifRules = driver.putArray("rules");
        for (FactoryRule rule : rules) {
            ObjectNode sarifRule = sarifRules.addObject().put("id", rule.id());
            sarifRule.putObject("shortDescription").put("text", rule.description());
            sarifRule.putObject("help").put("text", "Why: " + rule.why() + ". Fix: " + rule.fix() + ".");
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : findings) {
            Violation v = finding.violation();
            ObjectNode result = results.addObject()
                    .put("ruleId", v.ruleId())
                    .put("level", finding.baselined() ? "note" : "error")
                    .put("baselineState", finding.baselined() ? "unchanged" : "new");
            result.putObject("message").put("text", v.explained());
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", sourcePath(v));
            if (v.line() > 0) {
                location.putObject("region").put("startLine", v.line());
            }
        }
        return Json.pretty(root);
    }

    /**
     * The violation's source file relative to the project ({@code src/main/java/com/x/A.java}) when
     * a source root has it, otherwise its path inside any source root ({@code com/x/A.java}).
     */
    private String sourcePath(Violation v) {
        String packagePath = v.className().contains(".")
                ? v.className().substring(0, v.className().lastIndexOf('.')).replace('.', '/') + "/"
                : "";
        String fileName = v.sourceFile() != null ? v.sourceFile() : topLevelSimpleName(v.className()) + ".java";
        String relative = packagePath + fileName;
        for (Path root : sourceRoots) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                Path shown = candidate.startsWith(projectDirectory) ? projectDirectory.relativize(candidate) : candidate;
                return shown.toString().replace('\\', '/');
            }
        }
        return relative;
    }

    private static String topLevelSimpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }
}
