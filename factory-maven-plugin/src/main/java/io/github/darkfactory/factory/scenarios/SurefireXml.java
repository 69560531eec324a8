package io.github.darkfactory.factory.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.github.darkfactory.factory.scenarios.Markup.escape;

/**
 * Surefire-format {@code TEST-<class>.xml}, one per scenario class, so CI tools that read Surefire
 * reports show the scenarios too. Written from the runner's results: no reporting jar in the fork.
 */
final class SurefireXml {

    private SurefireXml() {
    }

    /** File name → XML document. */
    static Map<String, String> render(List<ScenarioResult> scenarios) {
        Map<String, List<ScenarioResult>> byClass = new LinkedHashMap<>();
        for (ScenarioResult scenario : scenarios) {
            String suite = scenario.className() == null ? "scenarios" : scenario.className();
            byClass.computeIfAbsent(suite, k -> new java.util.ArrayList<>()).add(scenario);
        }
        Map<String, String> files = new LinkedHashMap<>();
        byClass.forEach((suite, tests) -> files.put("TEST-" + suite + ".xml", suite(suite, tests)));
        return files;
    }

    private static String suite(String name, List<ScenarioResult> tests) {
        long failures = tests.stream().filter(t -> t.failed() && isAssertion(t)).count();
        long errors = tests.stream().filter(t -> t.failed() && !isAssertion(t)).count();
        long skipped = tests.stream().filter(t -> !t.passed() && !t.failed()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite name=\"").append(escape(name)).append("\" tests=\"").append(tests.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"").append(skipped).append("\" time=\"")
                .append(seconds(tests.stream().mapToLong(ScenarioResult::durationMs).sum())).append("\">\n");
        for (ScenarioResult test : tests) {
            xml.append("  <testcase name=\"").append(escape(test.displayName()))
                    .append("\" classname=\"").append(escape(name)).append("\" time=\"")
                    .append(seconds(test.durationMs())).append("\"");
            String body = body(test);
            xml.append(body.isEmpty() ? "/>\n" : ">\n" + body + "  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String body(ScenarioResult test) {
        ScenarioResult.Failure failure = test.failure();
        if (test.failed()) {
            String element = isAssertion(test) ? "failure" : "error";
            return "    <" + element + " message=\"" + escape(failure == null ? "" : failure.message())
                    + "\" type=\"" + escape(failure == null ? "" : failure.type()) + "\">"
                    + escape(failure == null ? "" : failure.stackTrace()) + "</" + element + ">\n";
        }
        if (!test.passed()) {
            return "    <skipped message=\"" + escape(failure == null ? "" : failure.message()) + "\"/>\n";
        }
        return "";
    }

    private static boolean isAssertion(ScenarioResult test) {
        return test.failure() != null && test.failure().isAssertion();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
