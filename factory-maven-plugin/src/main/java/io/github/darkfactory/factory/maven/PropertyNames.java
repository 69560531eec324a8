package io.github.darkfactory.factory.maven;

/** Every user property and goal name of the plugin, in one place. */
public final class PropertyNames {

    public static final String SKIP = "factory.skip";
    public static final String GENERATE_SKIP = "factory.generate.skip";
    public static final String ARCHITECTURE_SKIP = "factory.architecture.skip";
    public static final String SCENARIOS_SKIP = "factory.scenarios.skip";
    public static final String CONTRACTS_SKIP = "factory.contracts.skip";
    public static final String SEAL_SKIP = "factory.seal.skip";
    public static final String PIN_SKIP = "factory.pin.skip";
    public static final String RUN_SKIP = "factory.run.skip";
    public static final String STRENGTH_SKIP = "factory.strength.skip";
    /** Maven's own test switches, which the goals that run scenarios honour as Failsafe does. */
    public static final String SKIP_TESTS = "skipTests";
    public static final String MAVEN_TEST_SKIP = "maven.test.skip";
    /** Maven's resolver: the protocols an offline build may still read, {@code file} for a file:// repository. */
    public static final String AETHER_OFFLINE_PROTOCOLS = "aether.offline.protocols";
    public static final String MERGE_EVIDENCE_SKIP = "factory.merge-evidence.skip";

    public static final String SPECS = "factory.specs";
    public static final String OUTPUT = "factory.output";
    public static final String LOCK_FILE = "factory.lockFile";
    public static final String FROZEN = "factory.frozen";
    public static final String REGENERATE = "factory.regenerate";
    public static final String MAX_ITERATIONS = "factory.maxIterations";
    public static final String PARALLELISM = "factory.parallelism";
    public static final String LOCK_TIMEOUT = "factory.lockTimeout";
    public static final String FEEDBACK = "factory.feedback";
    public static final String MAX_HOLDOUT_ROUNDS = "factory.maxHoldoutRounds";
    public static final String TESTS_IN_LOOP = "factory.testsInLoop";
    public static final String ROUNDS = "factory.rounds";

    public static final String UPDATE_BASELINE = "factory.architecture.updateBaseline";
    public static final String BASELINE = "factory.architecture.baseline";

    public static final String ALLOW_UNPINNED = "factory.allowUnpinned";
    public static final String SCENARIOS_TIMEOUT = "factory.scenarios.timeout";
    public static final String MIN_EVIDENCE = "factory.minEvidence";
    public static final String TWINS_START_TIMEOUT = "factory.twins.startTimeout";
    /** The scenario JVM's system property of a twin is this, its name, then {@code .url}. */
    public static final String TWIN_URL_PREFIX = "factory.twin.";
    public static final String SCENARIOS_SHARD = "factory.scenarios.shard";
    public static final String SCENARIOS_TIMINGS = "factory.scenarios.timings";
    public static final String EVIDENCE_SHARDS = "factory.evidence.shards";

    public static final String SEAL_FILE = "factory.seal";
    public static final String SEAL_PIN_INTO = "factory.seal.pinInto";
    public static final String STRENGTH_FAIL_ON_VACUOUS = "factory.strength.failOnVacuous";
    public static final String MIN_STRENGTH = "factory.minStrength";
    public static final String STRENGTH_THREADS = "factory.strength.threads";
    public static final String STRENGTH_TIMEOUT = "factory.strength.timeout";

    public static final String GOAL_GENERATE = "generate";
    public static final String GOAL_ARCHITECTURE = "architecture";
    public static final String GOAL_SCENARIOS = "scenarios";
    public static final String GOAL_CONTRACTS = "contracts";
    public static final String GOAL_SEAL = "seal";
    public static final String GOAL_PIN = "pin";
    public static final String GOAL_RUN = "run";
    public static final String GOAL_STRENGTH = "strength";
    public static final String GOAL_MERGE_EVIDENCE = "merge-evidence";

    public static final String GOAL_TWIN_RECORD = "twin-record";
    public static final String GOAL_TWIN_CHECK = "twin-check";
    public static final String TWIN_RECORD_SKIP = "factory.twin-record.skip";
    public static final String TWIN_CHECK_SKIP = "factory.twin-check.skip";
    public static final String TWIN_TARGET = "factory.twin.target";
    public static final String TWIN_RECORD_SECONDS = "factory.twin.recordSeconds";
    public static final String TWIN_SERVER_ID = "factory.twin.serverId";
    public static final String TWIN_ARTIFACT = "factory.twin.artifact";
    public static final String TWIN_NAME = "factory.twin.name";

    /** The {@code factory.<goal>.skip} property of a goal; the constants above are its values. */
    static String skipOf(String goal) {
        return "factory." + goal + ".skip";
    }

    private PropertyNames() {
    }
}
