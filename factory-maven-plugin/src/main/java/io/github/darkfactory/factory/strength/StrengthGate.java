package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.strength.StrengthFailure.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fails on vacuous evidence (unless told only to warn) and on requirements below the minimum
 * strength, vacuous ones included when the minimum is above 0.
 */
final class StrengthGate {

    /** Surviving mutants listed per requirement in the failure; the rest are in strength.json. */
    private static final int SURVIVORS_SHOWN = 5;

    private StrengthGate() {
    }

    static void check(StrengthReport report, FactoryLog log) throws StrengthFailure {
        List<RequirementStrength> vacuous = report.withStatus(RequirementStrength.Status.VACUOUS);
        List<String> vacuousLines = new ArrayList<>();
        vacuous.forEach(r -> describe(report, r, vacuousLines));
        String vacuousSummary = "vacuous behavioural evidence for " + vacuous.size()
                + " requirement(s): their scenarios pass but notice no broken code:";
        if (!vacuous.isEmpty() && report.failOnVacuous()) {
            throw new StrengthFailure(Reason.VACUOUS, vacuousSummary, vacuousLines);
        }
        // a vacuous requirement (strength 0) is below any minimum above 0: it fails with the weak ones
        List<RequirementStrength> weak = report.requirements().stream().filter(report::fails).toList();
        if (!vacuous.isEmpty() && report.minStrength() == 0) {
            log.warn(vacuousSummary + "\n" + String.join("\n", vacuousLines));
        }
        if (!weak.isEmpty()) {
            List<String> lines = new ArrayList<>();
            weak.forEach(r -> describe(report, r, lines));
            throw new StrengthFailure(Reason.BELOW_MIN_STRENGTH, String.format(Locale.ROOT,
                    "%d requirement(s) below the minimum strength %.2f:", weak.size(), report.minStrength()), lines);
        }
    }

    /** {@code X-1 (spec): text — its scenarios kill 0 of the 3 mutants they run, strength 0.00; surviving: ...}. */
    private static void describe(StrengthReport report, RequirementStrength r, List<String> lines) {
        lines.add("  " + r.id() + " (" + r.spec() + "): " + r.text() + " — " + RequirementStrength.figures(r));
        if (r.mutants() == 0) {
            lines.add("      its scenarios run none of its spec's mutated code");
        }
        r.survivors().stream().limit(SURVIVORS_SHOWN).forEach(m -> {
            List<String> others = report.killedFor(r, m);
            lines.add("      surviving: " + m.label() + (others.isEmpty() ? ""
                    : " (killed by " + String.join(", ", others.stream().map(o -> o + "'s").toList()) + " scenarios)"));
        });
        if (r.survivors().size() > SURVIVORS_SHOWN) {
            lines.add("      and " + (r.survivors().size() - SURVIVORS_SHOWN) + " more surviving mutant(s)");
        }
    }
}
