package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.architecture.TeamRule;
import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.rules.Layer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything needed to generate one spec.
 *
 * @param spec             the spec to implement
 * @param specSet          all specs of the module (for contracts of dependsOn specs and ownership)
 * @param agentsMd         text of the project's AGENTS.md, or null when there is none
 * @param compileInputs    the project's compile classpath, its source roots (src/main/java and the
 *                         materialized contracts root) and release
 * @param otherSpecsCode   current generated code of the other specs, by path relative to the output
 *                         directory; files under this spec's package are ignored
 * @param layers           the configured layers
 * @param specPackages     the packages of all specs, for the architecture rules
 * @param maxIterations    how many answers to ask for at most (at least 1)
 * @param transcriptsDir   where {@code <spec>/<n>-prompt.md} and {@code <n>-answer.md} go
 * @param teamRules        the rules of the team's rule sets, checked with the architecture rules
 * @param holdout          what holdout feedback says about this spec, {@link HoldoutFailures#NONE} without any
 * @param productTests     the project's own tests to run against each candidate, or null for none
 */
public record SpecJob(Spec spec, SpecSet specSet, String agentsMd, CompileInputs compileInputs,
                      Map<String, String> otherSpecsCode, List<Layer> layers, List<String> specPackages,
                      int maxIterations, Path transcriptsDir,
                      List<TeamRule> teamRules, HoldoutFailures holdout, ProductTests productTests) {

    public SpecJob {
        otherSpecsCode = java.util.Collections.unmodifiableMap(new TreeMap<>(otherSpecsCode));
        layers = List.copyOf(layers);
        specPackages = List.copyOf(specPackages);
        teamRules = List.copyOf(teamRules);
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        holdout = holdout == null ? HoldoutFailures.NONE : holdout;
    }

    /** A job without holdout feedback and without the project's tests. */
    public SpecJob(Spec spec, SpecSet specSet, String agentsMd, CompileInputs compileInputs,
                   Map<String, String> otherSpecsCode, List<Layer> layers, List<String> specPackages,
                   int maxIterations, Path transcriptsDir, List<TeamRule> teamRules) {
        this(spec, specSet, agentsMd, compileInputs, otherSpecsCode, layers, specPackages, maxIterations,
                transcriptsDir, teamRules, HoldoutFailures.NONE, null);
    }
}
