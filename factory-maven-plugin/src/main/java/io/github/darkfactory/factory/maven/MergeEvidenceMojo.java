package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.EvidenceMerge;
import io.github.darkfactory.factory.scenarios.MergeFailure;
import io.github.darkfactory.factory.scenarios.ScenarioFailure;
import io.github.darkfactory.factory.spec.SpecSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Merges the shard files of a sharded scenario run into evidence.json, evidence.html, the Surefire
 * XML and the CI summary of the whole, and applies every gate of the scenarios goal
 * (docs/goals/merge-evidence.md).
 */
@Mojo(name = PropertyNames.GOAL_MERGE_EVIDENCE, threadSafe = true)
public class MergeEvidenceMojo extends SpecsMojo {

    /**
     * The directory holding every shard's {@code evidence-shard-<i>-of-<n>.json}, directly or in
     * subdirectories (as a CI downloads one artifact per shard job).
     */
    @Parameter(property = PropertyNames.EVIDENCE_SHARDS)
    private File shards;
    /** The sealed scenario jar: when its {@code <sha256>} is pinned, the shards must have run that jar. */
    @Parameter
    private ScenariosConfig scenarios;
    /** Passing scenarios each requirement needs, as for the scenarios goal. */
    @Parameter(property = PropertyNames.MIN_EVIDENCE, defaultValue = "1")
    private int minEvidence;
    /** The generate lock, read for each spec's {@code holdoutRounds}, which the evidence shows per requirement. */
    @Parameter(property = PropertyNames.LOCK_FILE, defaultValue = "${project.basedir}/factory.lock.json")
    private File lockFile;
    /** Skips this goal. */
    @Parameter(property = PropertyNames.MERGE_EVIDENCE_SKIP, defaultValue = "false")
    private boolean skipMergeEvidence;

    public MergeEvidenceMojo() {
        super(PropertyNames.GOAL_MERGE_EVIDENCE);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("No product in a module with pom packaging: nothing to do");
            return;
        }
        if (shards == null) {
            throw new MojoFailureException("No shards directory: give -D" + PropertyNames.EVIDENCE_SHARDS
                    + "=<the directory holding every shard's evidence-shard-<i>-of-<n>.json>.");
        }
        ParameterChecks.atLeastZero("minEvidence", PropertyNames.MIN_EVIDENCE, minEvidence, 1);
        if (specsDirectory == null || !specsDirectory.isDirectory()) {
            throw new MojoFailureException("No specs directory " + specsDirectory + " (parameter specsDirectory, property "
                    + PropertyNames.SPECS + "): factory:" + PropertyNames.GOAL_MERGE_EVIDENCE + " judges every requirement"
                    + " of the specs by the shards' scenarios. Run it in the product whose specs the scenarios cover, or"
                    + " point -D" + PropertyNames.SPECS + " at those specs.");
        }
        SpecSet specs = MojoSpecs.loadOrFail(project, specsDirectory, layers);
        EvidenceMerge.Request request = new EvidenceMerge.Request(shards.toPath(),
                scenarios == null ? null : scenarios.getSha256(), Path.of(project.getBuild().getDirectory(), "factory"),
                project.getBasedir().toPath(), specs.requirements(), minEvidence, LockedHoldoutRounds.read(lockFile, getLog()),
                EvidenceHeaders.of(project, specs));
        try {
            CiSummary.append(EvidenceMerge.merge(request, new MavenFactoryLog(getLog())), getLog());
        } catch (MergeFailure e) {
            throw new MojoFailureException(ShardWording.describe(e));
        } catch (ScenarioFailure e) {
            e.report().ifPresent(report -> CiSummary.append(report, getLog()));
            throw new MojoFailureException(ScenarioFailureFixes.describe(e));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not merge the shards in " + shards + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected boolean skipGoal() {
        return skipMergeEvidence;
    }
}
