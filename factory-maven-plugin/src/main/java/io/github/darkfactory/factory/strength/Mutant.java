package io.github.darkfactory.factory.strength;

import java.util.List;

/**
 * One mutant as PIT reported it.
 *
 * @param status        PIT's status: KILLED, SURVIVED, TIMED_OUT, MEMORY_ERROR, RUN_ERROR, NO_COVERAGE, NON_VIABLE
 * @param detected      whether PIT counts it as detected (killed, timed out, or the JVM died)
 * @param killingTests  the scenarios (unique ids) that failed against it
 * @param coveringTests the scenarios (unique ids) that ran its line
 */
public record Mutant(String className, String method, int line, String mutator, String description, String status,
              boolean detected, List<String> killingTests, List<String> coveringTests) {

    public Mutant {
        killingTests = List.copyOf(killingTests);
        coveringTests = List.copyOf(coveringTests);
    }

    /** Invalid bytecode that never ran against a scenario: no mutant of the code's behaviour. */
    boolean viable() {
        return !"NON_VIABLE".equals(status);
    }

    boolean coveredByAny(List<String> scenarioIds) {
        return coveringTests.stream().anyMatch(scenarioIds::contains) || killingTests.stream().anyMatch(scenarioIds::contains);
    }

    /**
     * Whether one of these scenarios noticed it: failed against it, or (a timeout, a dead JVM, where
     * PIT names no killing test) ran its line.
     */
    boolean killedByAny(List<String> scenarioIds) {
        if (!detected) {
            return false;
        }
        return killingTests.isEmpty() ? coveredByAny(scenarioIds) : killingTests.stream().anyMatch(scenarioIds::contains);
    }

    /** {@code VolumeDiscountPriceCalculator.totalCents line 18: negated conditional}. */
    String label() {
        return className.substring(className.lastIndexOf('.') + 1) + "." + method + " line " + line + ": " + description;
    }
}
