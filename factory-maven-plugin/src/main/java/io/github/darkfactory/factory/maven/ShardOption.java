package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioShards;
import io.github.darkfactory.factory.scenarios.Shard;
import io.github.darkfactory.factory.scenarios.ShardTimings;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shard of the scenarios this build runs, if any: {@code factory.scenarios.shard=<i>/<n>}
 * (from 1; {@code none} for the whole jar), else GitLab's {@code CI_NODE_INDEX}/{@code CI_NODE_TOTAL} (from 1), else CircleCI's
 * {@code CIRCLE_NODE_INDEX}/{@code CIRCLE_NODE_TOTAL} (from 0); and the timings that balance it.
 * Every bad value fails before anything is resolved, naming the property or variables and the fix.
 */
final class ShardOption {

    static final String CI_NODE_INDEX = "CI_NODE_INDEX";
    static final String CI_NODE_TOTAL = "CI_NODE_TOTAL";
    static final String CIRCLE_NODE_INDEX = "CIRCLE_NODE_INDEX";
    static final String CIRCLE_NODE_TOTAL = "CIRCLE_NODE_TOTAL";

    /** The whole jar, whatever the CI's variables say (a job of a parallel pipeline that must not shard). */
    static final String NONE = "none";

    private static final Pattern I_OF_N = Pattern.compile("\\s*([0-9]{1,9})\\s*/\\s*([0-9]{1,9})\\s*");
    private static final String OR_PROPERTY = "or choose the shard with -D" + PropertyNames.SCENARIOS_SHARD + "=<i>/<n>.";

    private ShardOption() {
    }

    /** The shard to run and its timings; empty for a run of the whole jar. */
    static Optional<ScenarioShards.ShardRequest> request(String property, File timings, Map<String, String> environment,
                                                        Log log) throws MojoFailureException {
        Optional<Shard> shard = resolve(property, environment);
        if (shard.isEmpty()) {
            if (timings != null) {
                log.warn("-D" + PropertyNames.SCENARIOS_TIMINGS + " is ignored: this build runs every scenario, not a shard");
            }
            return Optional.empty();
        }
        log.info("This machine runs shard " + shard.get() + ", chosen by " + source(property, environment));
        if (timings == null) {
            return Optional.of(new ScenarioShards.ShardRequest(shard.get(), Map.of(), null));
        }
        try {
            return Optional.of(new ScenarioShards.ShardRequest(shard.get(), ShardTimings.read(timings.toPath()),
                    timings.getPath()));
        } catch (IOException e) {
            throw new MojoFailureException("-D" + PropertyNames.SCENARIOS_TIMINGS + "=" + timings.getPath() + ": "
                    + e.getMessage() + ". Give the target/factory/evidence.json of an earlier run of every scenario"
                    + " (factory:" + PropertyNames.GOAL_SCENARIOS + " or factory:" + PropertyNames.GOAL_MERGE_EVIDENCE
                    + "), or leave it out to balance the shards by class count.");
        }
    }

    /** What chose the shard, for the log: CircleCI's index counts from 0, and the log says so. */
    static String source(String property, Map<String, String> environment) {
        if (property != null && !property.isBlank()) {
            return "-D" + PropertyNames.SCENARIOS_SHARD + "=" + property.trim();
        }
        if (blankAsNull(environment.get(CI_NODE_INDEX)) != null) {
            return CI_NODE_INDEX + "=" + environment.get(CI_NODE_INDEX).trim() + " (counting from 1)";
        }
        return CIRCLE_NODE_INDEX + "=" + environment.get(CIRCLE_NODE_INDEX).trim() + " (counting from 0)";
    }

    static Optional<Shard> resolve(String property, Map<String, String> environment) throws MojoFailureException {
        if (property != null && NONE.equalsIgnoreCase(property.trim())) {
            return Optional.empty();
        }
        if (property != null && !property.isBlank()) {
            return Optional.of(fromProperty(property.trim()));
        }
        Optional<Shard> gitLab = fromVariables(environment, CI_NODE_INDEX, CI_NODE_TOTAL, 1, "GitLab's parallel:");
        return gitLab.isPresent() ? gitLab
                : fromVariables(environment, CIRCLE_NODE_INDEX, CIRCLE_NODE_TOTAL, 0, "CircleCI's parallelism:");
    }

    private static Shard fromProperty(String value) throws MojoFailureException {
        String given = "-D" + PropertyNames.SCENARIOS_SHARD + "=" + value;
        Matcher matcher = I_OF_N.matcher(value);
        if (!matcher.matches()) {
            throw new MojoFailureException(given + " is not <i>/<n>: give this machine's shard and the number of"
                    + " shards, counting from 1, such as 1/4.");
        }
        int index = Integer.parseInt(matcher.group(1));
        int total = Integer.parseInt(matcher.group(2));
        if (total < 1) {
            throw new MojoFailureException(given + ": the number of shards must be at least 1, such as 1/4.");
        }
        if (index < 1 || index > total) {
            throw new MojoFailureException(given + ": the shard must be between 1 and " + total
                    + " (shards count from 1): give 1/" + total + " to " + total + "/" + total + ".");
        }
        return new Shard(index, total);
    }

    private static Optional<Shard> fromVariables(Map<String, String> environment, String indexName, String totalName,
                                                 int base, String setBy) throws MojoFailureException {
        String index = blankAsNull(environment.get(indexName));
        String total = blankAsNull(environment.get(totalName));
        if (index == null && total == null) {
            return Optional.empty();
        }
        if (index == null || total == null) {
            String set = index == null ? totalName : indexName;
            String unset = index == null ? indexName : totalName;
            throw new MojoFailureException(set + " is set (" + (index == null ? total : index) + ") but " + unset
                    + " is not: set both (" + setBy + " sets both), " + OR_PROPERTY);
        }
        String given = indexName + "=" + index + ", " + totalName + "=" + total;
        if (!index.trim().matches("[0-9]{1,9}") || !total.trim().matches("[0-9]{1,9}")) {
            throw new MojoFailureException(given + " are not both whole numbers: set them to numbers (" + indexName
                    + " counts from " + base + "), " + OR_PROPERTY);
        }
        int i = Integer.parseInt(index.trim());
        int n = Integer.parseInt(total.trim());
        if (n < 1 || i < base || i > n - 1 + base) {
            throw new MojoFailureException(given + ": " + (n < 1 ? "the number of shards must be at least 1"
                    : "the shard must be between " + base + " and " + (n - 1 + base)) + " (" + indexName
                    + " counts from " + base + "): set them as " + setBy + " does, " + OR_PROPERTY);
        }
        return Optional.of(new Shard(i - base + 1, n));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
