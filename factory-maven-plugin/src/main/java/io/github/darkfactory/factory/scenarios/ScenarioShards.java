package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.ScenarioFailure.Reason;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One shard of a scenario run: the pin checked as for a whole run, this shard's share of the jar's
 * classes run in the forked JVM, the results written to {@code evidence-shard-<i>-of-<n>.json}. A
 * failed scenario fails the shard; the requirement gates (evidence per requirement, a jar without
 * tests) are left to the merge of every shard, which alone sees all the evidence.
 */
public final class ScenarioShards {

    /**
     * @param shard   which shard this run is
     * @param timings top-level class → ms from an earlier full run; empty to balance by class count
     * @param timingsSource where the timings came from, for the log; null without timings
     */
    public record ShardRequest(Shard shard, Map<String, Long> timings, String timingsSource) {

        public ShardRequest {
            timings = Map.copyOf(timings);
        }
    }

    private ScenarioShards() {
    }

    /** Runs the shard and returns the file it wrote. */
    public static Path run(ScenarioRunRequest request, ShardRequest shardRequest, FactoryLog log)
            throws ScenarioFailure, TwinFailure, IOException, InterruptedException {
        Shard shard = shardRequest.shard();
        ShardSplit.Share share = ShardSplit.of(request.scenarioJar(), shard, shardRequest.timings());
        String balancedBy = shardRequest.timings().isEmpty() ? "count" : "timings";
        log.info("Shard " + shard + ": " + share.units().size() + " of the " + share.totalUnits()
                + " classes of the scenario jar (" + (shardRequest.timings().isEmpty() ? "balanced by class count"
                : "balanced by the durations in " + shardRequest.timingsSource()) + ")");
        warnAboutFeatureFiles(request.scenarioJar(), log);
        String sha256;
        List<ScenarioResult> results;
        long runMs = 0;
        if (share.classNames().isEmpty()) {
            sha256 = ScenarioRun.checkPin(request, log);
            results = List.of();
            log.info("Shard " + shard + " has no class to run");
        } else {
            ScenarioRun.Forked forked = ScenarioRun.fork(request, share.classNames(), log);
            sha256 = forked.sha256();
            results = forked.outcome().contents().results();
            runMs = forked.millis();
        }
        Path file = ShardFile.write(request.factoryDirectory(), new ShardFile.Contents(shard,
                request.coordinates().toString(), sha256, balancedBy, share.splitDigest(), share.units(), results, runMs,
                request.header().commit()));
        // minimum evidence 0: a shard judges no requirement as missing, it only names those its failures touch
        EvidenceReport report = EvidenceReport.judge(request.coordinates().toString(), sha256, 0,
                request.requirements(), results, request.holdoutRounds());
        log.info(String.format(Locale.ROOT, "Scenarios of shard %s: %d run, %d passed, %d failed, %d skipped or aborted",
                shard, results.size(), report.passedScenarios(), report.failedScenarios().size(),
                results.size() - report.passedScenarios() - report.failedScenarios().size()));
        if (!report.failedScenarios().isEmpty()) {
            List<String> failures = new ArrayList<>();
            report.failedScenarios().forEach(failed -> failures.add("  - " + EvidenceGate.failureLine(report, failed)));
            Path readable = EvidenceGate.readable(request.workingDirectory(), file);
            throw new ScenarioFailure(Reason.SCENARIOS_FAILED, report.failedScenarios().size()
                    + " scenario(s) failed in shard " + shard + " (" + report.count(RequirementEvidence.Status.FAILED)
                    + " requirement(s) affected); see " + readable.toString().replace('\\', '/') + ":",
                    failures, sha256, report);
        }
        return file;
    }

    /** A shard selects classes: Gherkin features found only by scanning the jar would run in no shard. */
    private static void warnAboutFeatureFiles(Path jar, FactoryLog log) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            long features = file.stream().filter(e -> e.getName().endsWith(".feature")).count();
            if (features > 0) {
                log.warn("The scenario jar holds " + features + " .feature file(s): a shard runs classes, so they run"
                        + " only through a suite class of the jar that selects them (as @Suite with"
                        + " @SelectClasspathResource does)");
            }
        }
    }
}
