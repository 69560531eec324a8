package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.MergeFailure.Reason;
import io.github.darkfactory.factory.spec.Requirement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Merges the shard files of one sharded run into the verdict of the whole: checks that they are
 * every shard of one split, once each, of one scenario jar; then judges, writes the reports and
 * applies every gate as one run of the whole jar does ({@link EvidenceGate}).
 */
public final class EvidenceMerge {


    /**
     * @param shardsDirectory  where the shard files are, directly or in subdirectories (as CI downloads them)
     * @param expectedSha256   the configured pin, or null: the shards must have run that jar
     * @param workingDirectory where the console's paths are relative to
     * @param header           what evidence.html names: product, time, commit, spec files
     */
    public record Request(Path shardsDirectory, String expectedSha256, Path factoryDirectory, Path workingDirectory,
                          List<Requirement> requirements, int minEvidence, Map<String, Integer> holdoutRounds,
                          EvidenceHeader header) {

        public Request {
            header = header == null ? EvidenceHeader.NONE : header;
            requirements = List.copyOf(requirements);
            holdoutRounds = holdoutRounds == null ? Map.of() : Map.copyOf(holdoutRounds);
        }
    }

    private EvidenceMerge() {
    }

    public static EvidenceReport merge(Request request, FactoryLog log) throws MergeFailure, ScenarioFailure, IOException {
        List<ShardFile.Contents> shards = check(request, read(request.shardsDirectory()));
        List<ScenarioResult> scenarios = new ArrayList<>();
        shards.forEach(shard -> scenarios.addAll(shard.scenarios()));
        // by top-level class, each class in its run order: the same merged order for any number of shards
        scenarios.sort(Comparator.comparing((ScenarioResult s) -> s.className() == null ? "\uffff"
                : ShardSplit.topLevel(s.className())));
        ShardFile.Contents first = shards.get(0);
        log.info("Merging " + shards.size() + " shards of " + first.coordinates() + " (" + scenarios.size()
                + " scenarios)");
        EvidenceReport report = EvidenceReport.judge(first.coordinates(), first.sha256(), request.minEvidence(),
                request.requirements(), scenarios, request.holdoutRounds());
        // the page names the commit the shards tested, not the merge job's
        EvidenceHeader header = first.commit() == null ? request.header() : request.header().withCommit(first.commit());
        ReportFiles.write(report, header, request.factoryDirectory());
        ScenarioRun.logSummary(report, log);
        EvidenceGate.gate(report, request.workingDirectory(), request.factoryDirectory(), List.of());
        return report;
    }

    /** Every shard file under the directory, by path, each read whole. */
    static Map<Path, ShardFile.Contents> read(Path directory) throws MergeFailure, IOException {
        if (!Files.isDirectory(directory)) {
            throw new MergeFailure(Reason.NO_DIRECTORY, "The shards directory " + directory + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(f -> Files.isRegularFile(f) && Shard.isFileName(f.getFileName().toString()))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new MergeFailure(Reason.NO_SHARDS, "No shard file (evidence-shard-*-of-*.json) in " + directory
                    + " or below it");
        }
        Map<Path, ShardFile.Contents> read = new TreeMap<>();
        for (Path file : files) {
            try {
                read.put(directory.relativize(file), ShardFile.read(file));
            } catch (IOException e) {
                throw new MergeFailure(Reason.UNREADABLE, file + " is not a shard file: " + e.getMessage());
            }
        }
        return read;
    }

    /** The shards in order, after checking that they are one split, whole, of one jar. */
    static List<ShardFile.Contents> check(Request request, Map<Path, ShardFile.Contents> files) throws MergeFailure {
        Set<Integer> totals = new TreeSet<>();
        files.values().forEach(c -> totals.add(c.shard().total()));
        if (totals.size() > 1) {
            throw new MergeFailure(Reason.DIFFERENT_TOTALS, "The shard files come from splits into different numbers"
                    + " of shards (" + totals.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "):\n"
                    + lines(files, c -> "shard " + c.shard()));
        }
        int total = totals.iterator().next();
        Map<Integer, List<Path>> byIndex = new TreeMap<>();
        files.forEach((path, c) -> byIndex.computeIfAbsent(c.shard().index(), i -> new ArrayList<>()).add(path));
        for (Map.Entry<Integer, List<Path>> index : byIndex.entrySet()) {
            if (index.getValue().size() > 1) {
                throw new MergeFailure(Reason.DUPLICATE, "Shard " + index.getKey() + " of " + total + " is given "
                        + index.getValue().size() + " times: " + index.getValue().stream().map(EvidenceMerge::slashed)
                        .collect(Collectors.joining(", ")));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(new Shard(i, total).fileName());
            }
        }
        if (!missing.isEmpty()) {
            throw new MergeFailure(Reason.MISSING, missing.size() + " of " + total + " shards missing in "
                    + request.shardsDirectory() + ": " + String.join(", ", missing));
        }
        Set<String> artifacts = new TreeSet<>();
        files.values().forEach(c -> artifacts.add(c.coordinates() + " " + c.sha256()));
        if (artifacts.size() > 1) {
            throw new MergeFailure(Reason.DIFFERENT_ARTIFACTS, "The shards ran different scenario jars:\n"
                    + lines(files, c -> c.coordinates() + " sha256 " + c.sha256()));
        }
        Set<String> splits = new TreeSet<>();
        files.values().forEach(c -> splits.add(String.valueOf(c.splitDigest())));
        if (splits.size() > 1) {
            throw new MergeFailure(Reason.DIFFERENT_SPLITS, "The shards split the scenario classes differently (each"
                    + " computed the split from other timings), so some classes ran twice and others never:\n"
                    + lines(files, c -> "balanced by " + c.balancedBy() + ", split " + c.splitDigest()));
        }
        Set<String> commits = new TreeSet<>();
        files.values().forEach(c -> commits.add(String.valueOf(c.commit())));
        if (commits.size() > 1) {
            throw new MergeFailure(Reason.DIFFERENT_COMMITS, "The shards tested different commits of the product:\n"
                    + lines(files, c -> c.commit() == null ? "not a git checkout" : "commit " + c.commit()));
        }
        Map<String, Path> seen = new TreeMap<>();
        for (Map.Entry<Path, ShardFile.Contents> file : files.entrySet()) {
            for (ScenarioResult scenario : file.getValue().scenarios()) {
                Path earlier = seen.putIfAbsent(scenario.id(), file.getKey());
                if (earlier != null) {
                    throw new MergeFailure(Reason.SCENARIO_IN_TWO_SHARDS, "The scenario " + scenario.id() + " ran in two"
                            + " shards: " + slashed(earlier) + " and " + slashed(file.getKey()));
                }
            }
        }
        ShardFile.Contents any = files.values().iterator().next();
        String pin = request.expectedSha256() == null ? "" : request.expectedSha256().trim();
        if (!pin.isEmpty() && !pin.equalsIgnoreCase(any.sha256())) {
            throw new MergeFailure(Reason.NOT_THE_PINNED_ARTIFACT, "The shards ran " + any.coordinates()
                    + " with sha256 " + any.sha256() + ", not the pinned jar (sha256 " + pin + ")");
        }
        return byIndex.values().stream().map(paths -> files.get(paths.get(0))).toList();
    }

    private static String lines(Map<Path, ShardFile.Contents> files, java.util.function.Function<ShardFile.Contents, String> what) {
        return files.entrySet().stream().map(e -> "  " + slashed(e.getKey()) + ": " + what.apply(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
