package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.strength.StrengthFailure.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Fails on vacuous evidence (unless told only to warn) and on requirements below the minimum strength. */
final class StrengthGate {

    /** Surviving mutants listed per requirement in the failure; the rest are in strength.json. */
    private static final int SURVIVORS_SHOWN = 5;

    private StrengthGate() {
    }

    static void check(StrengthReport report, boolean failOnVacuous, FactoryLog log) throws StrengthFailure {
        List<RequirementStrength> vacuous = report.withStatus(RequirementStrength.Status.VACUOUS);
        List<String> vacuousLines = new ArrayList<>();
        vacuous.forEach(r -> describe(r, vacuousLines));
        String vacuousSummary = "vacuous behavioural evidence for " + vacuous.size()
                + " requirement(s): their scenarios pass but notice no broken code:";
        if (!vacuous.isEmpty() && failOnVacuous) {
            throw new StrengthFailure(Reason.VACUOUS, vacuousSummary, vacuousLines);
        }
        if (!vacuous.isEmpty()) {
            log.warn(vacuousSummary + "\n" + String.join("\n", vacuousLines));
        }
        List<RequirementStrength> weak = report.withStatus(RequirementStrength.Status.BELOW_MINIMUM);
        if (!weak.isEmpty()) {
            List<String> lines = new ArrayList<>();
            weak.forEach(r -> describe(r, lines));
            throw new StrengthFailure(Reason.BELOW_MIN_STRENGTH, String.format(Locale.ROOT,
                    "%d requirement(s) below the minimum strength %.2f:", weak.size(), report.minStrength()), lines);
        }
    }

    /** {@code X-1 (spec): text — its scenarios kill 0 of the 3 mutants they run, strength 0.00; surviving: ...}. */
    private static void describe(RequirementStrength r, List<String> lines) {
        lines.add("  " + r.id() + " (" + r.spec() + "): " + r.text() + " — " + RequirementStrength.figures(r));
        if (r.mutants() == 0) {
            lines.add("      its scenarios run none of its spec's mutated code");
        }
        r.survivors().stream().limit(SURVIVORS_SHOWN).forEach(m -> lines.add("      surviving: " + m.label()));
        if (r.survivors().size() > SURVIVORS_SHOWN) {
            lines.add("      and " + (r.survivors().size() - SURVIVORS_SHOWN) + " more surviving mutant(s)");
        }
    }
}
