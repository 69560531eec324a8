package io.github.darkfactory.factory;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core speaks in reasons and data; only the adapter names Maven things (docs/architecture.md,
 * "wording"). These tests read the string constants of the compiled core classes, and the sources
 * of the adapter.
 */
class CoreWordingTest {

    /** What only the adapter may name: properties, Maven commands, pom elements, Maven's files. */
    static final Pattern MAVEN_WORDING = Pattern.compile(String.join("|",
            "-Dfactory\\.",
            // a property such as factory.maxIterations, but not a package (…darkfactory.factory.spec) or a file name
            "(?<![\\w.-])factory\\.[a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)*(?![\\w.])(?<!\\.json)",
            "(?<![\\w-])mvnw? ",
            // an element such as <layers> or </name>; not a generic type (List<Long>) nor a placeholder of ours
            "(?<![\\w<])</?(?!(?:path|Type|value|spec|file|id|ids|n)>)[a-zA-Z]+>",
            "settings\\.xml",
            "pom\\.xml"));

    /** Classes whose strings are a data format (HTML, XML), not messages. */
    static final Set<String> DATA_FORMATS = Set.of(
            "io.github.darkfactory.factory.scenarios.EvidenceHtml",
            "io.github.darkfactory.factory.scenarios.TwinsHtml",
            "io.github.darkfactory.factory.scenarios.Markup",
            "io.github.darkfactory.factory.scenarios.SurefireXml",
            "io.github.darkfactory.factory.scenarios.SealSnippet",
            "io.github.darkfactory.factory.strength.StrengthHtml",
            "io.github.darkfactory.factory.strength.StrengthFiles");

    @Test
    void finds_a_property_a_command_and_a_pom_element_but_not_a_package_or_a_file_name() {
        assertTrue(MAVEN_WORDING.matcher("or raise it with -Dfactory.maxIterations=5").find());
        assertTrue(MAVEN_WORDING.matcher("set factory.parallelism to 2").find());
        assertTrue(MAVEN_WORDING.matcher("run mvn factory:generate").find());
        assertTrue(MAVEN_WORDING.matcher("configure <layers> in the plugin").find());
        assertTrue(MAVEN_WORDING.matcher("add a <proxy> to your settings.xml").find());
        assertFalse(MAVEN_WORDING.matcher("io.github.darkfactory.factory.spec.Spec").find());
        assertFalse(MAVEN_WORDING.matcher("factory.lock.json").find());
        assertFalse(MAVEN_WORDING.matcher("spec 'pricing' does not depend on 'catalog'").find());
        assertFalse(MAVEN_WORDING.matcher("private final Map<String, List<Long>> values").find());
        assertFalse(MAVEN_WORDING.matcher("put a line `### <path>` right before every code block").find());
    }

    @Test
    void no_string_constant_of_the_core_names_a_property_a_pom_element_or_a_maven_command() throws IOException {
        Path root = MainClasses.root();
        Path core = root.resolve(OwnRules.ROOT.replace('.', '/'));
        Path adapter = core.resolve("maven");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(core)) {
            for (Path classFile : files.filter(f -> f.toString().endsWith(".class") && !f.startsWith(adapter))
                    .sorted().toList()) {
                String className = className(root, classFile);
                if (DATA_FORMATS.contains(className.split("\\$")[0])) {
                    continue;
                }
                for (String constant : ConstantPoolStrings.of(classFile)) {
                    Matcher matcher = MAVEN_WORDING.matcher(constant);
                    if (matcher.find()) {
                        offenders.add(className + ": \"" + printable(constant) + "\" (names '" + matcher.group() + "')");
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "the core names Maven things; let it throw a reason with data and word"
                + " it in io.github.darkfactory.factory.maven, with the names of PropertyNames"
                + " (as ScenarioFailure and ScenarioFailureFixes do)");
    }

    @Test
    void property_names_are_written_in_property_names_only() throws IOException {
        Path adapter = Path.of("src/main/java", OwnRules.ROOT.replace('.', '/'), "maven");
        assertTrue(Files.isDirectory(adapter), adapter.toAbsolutePath().toString());
        Pattern literal = Pattern.compile("\"(-D)?factory\\.[^\"]*\"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(adapter)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (source.getFileName().toString().equals("PropertyNames.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = literal.matcher(lines.get(i));
                    while (matcher.find()) {
                        offenders.add(source.getFileName() + ":" + (i + 1) + ": " + matcher.group());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "use the constants of PropertyNames");
    }

    private static String className(Path root, Path classFile) {
        String relative = root.relativize(classFile).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    /** Concatenation recipes hold \u0001 where a value goes. */
    private static String printable(String constant) {
        return constant.replace('\u0001', '…').replace("\n", "\\n");
    }
}
