package io.github.darkfactory.rules;

import java.util.List;

import static io.github.darkfactory.rules.ApiPattern.inPackage;
import static io.github.darkfactory.rules.ApiPattern.members;
import static io.github.darkfactory.rules.ApiPattern.type;

/**
 * What code in a spec package may never use, whatever its spec grants (docs/rules/no-evidence-gaming.md):
 * anything that lets it tell that it is being judged.
 */
final class EvidenceGamingApis {

    private static final String STACK = "which is stack introspection";
    private static final String TEST_FRAMEWORK = "which belongs to a test framework";
    private static final String FACTORY = "which belongs to the factory that judges the code";

    private static final List<ApiPattern> STACK_INTROSPECTION = List.of(
            type("java.lang.StackWalker"), type("java.lang.StackTraceElement"),
            // matched by name: without the JDK imported, a subclass of Throwable is not known to be one
            members(ApiPattern.ANY_OWNER, "getStackTrace", "getAllStackTraces"));

    private static final List<ApiPattern> TEST_FRAMEWORKS = List.of(inPackage("org.junit"), inPackage("org.opentest4j"),
            inPackage("org.assertj"), inPackage("org.hamcrest"), inPackage("org.mockito"));

    private static final ApiPattern THE_FACTORY = inPackage("io.github.darkfactory");

    private EvidenceGamingApis() {
    }

    /** Every forbidden API, as docs/rules/no-evidence-gaming.md lists them. */
    static List<String> documented() {
        return java.util.stream.Stream.of(STACK_INTROSPECTION, TEST_FRAMEWORKS, List.of(THE_FACTORY))
                .flatMap(List::stream).map(ApiPattern::documented).toList();
    }

    static String ofType(String className) {
        if (STACK_INTROSPECTION.stream().anyMatch(api -> api.matchesType(className))) {
            return STACK;
        }
        if (TEST_FRAMEWORKS.stream().anyMatch(api -> api.matchesType(className))) {
            return TEST_FRAMEWORK;
        }
        return THE_FACTORY.matchesType(className) ? FACTORY : null;
    }

    static String ofMember(String owner, String name, List<String> parameterTypes) {
        return STACK_INTROSPECTION.stream().anyMatch(api -> api.matchesMember(owner, name, parameterTypes)) ? STACK : null;
    }
}
