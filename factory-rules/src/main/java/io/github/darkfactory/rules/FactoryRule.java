package io.github.darkfactory.rules;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.lang.ArchRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One rule of the catalogue: a stable id, the ArchUnit rule itself (already carrying
 * {@code .as(..)} and {@code .because(why)}, so it can be used in an {@code @ArchTest} as is), why
 * it exists and how to fix a violation.
 *
 * @param id   stable id, such as {@code no-standard-streams}; used in reports, baselines and docs
 * @param rule the ArchUnit rule
 * @param why  why the rule exists
 * @param fix  what to change when it is broken
 */
public record FactoryRule(String id, ArchRule rule, String why, String fix) {

    /** ArchUnit ends a violation message with its location; a violation keeps that apart. */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile(" in \\([^()]*:\\d+\\)$");

    private static final Pattern DETAIL_LINE = Pattern.compile("^\\s+(\\d+\\.|-) ");

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::className)
            .thenComparingInt(Violation::line)
            .thenComparing(Violation::description);

    /** Short description of what the rule demands, as ArchUnit prints it. */
    public String description() {
        return rule.getDescription();
    }

    /** Evaluates the rule and returns every violation as data, ordered by class and line. */
    public List<Violation> check(JavaClasses classes) {
        List<Violation> found = new ArrayList<>();
        rule.evaluate(classes).handleViolations(
                (Collection<Object> objects, String message) -> found.add(toViolation(objects, message)));
        found.sort(ORDER);
        return List.copyOf(found);
    }

    private Violation toViolation(Collection<Object> objects, String message) {
        String description = LOCATION_SUFFIX.matcher(headline(message)).replaceFirst("");
        SourceCodeLocation location = objects.stream()
                .flatMap(FactoryRule::locationsOf)
                .findFirst()
                .orElse(null);
        if (location == null) {
            return new Violation(id, classNameIn(objects), null, 0, description, why, fix);
        }
        return new Violation(id, location.getSourceClass().getName(), location.getSourceFileName(),
                location.getLineNumber(), description, why, fix);
    }

    /**
     * Where a violating object is: its own location, or for a cycle the first of its dependencies,
     * so a cycle is reported at a stable place in code.
     */
    private static Stream<SourceCodeLocation> locationsOf(Object object) {
        if (object instanceof HasSourceCodeLocation located) {
            return Stream.of(located.getSourceCodeLocation());
        }
        if (object instanceof Convertible convertible) {
            return convertible.convertTo(Dependency.class).stream().sorted().limit(1)
                    .map(Dependency::getSourceCodeLocation);
        }
        return Stream.empty();
    }

    /** The summary of a message without its details: a cycle's header spans lines before its list. */
    private static String headline(String message) {
        return message.lines()
                .takeWhile(line -> !DETAIL_LINE.matcher(line).find())
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }

    private static String classNameIn(Collection<Object> objects) {
        return objects.stream()
                .filter(JavaClass.class::isInstance)
                .map(o -> ((JavaClass) o).getName())
                .findFirst()
                .orElse("");
    }
}
