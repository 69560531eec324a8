package io.github.darkfactory.factory.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.util.Optional;

/**
 * What every goal shares: the project, {@code factory.skip}, and one skip decision taken before
 * anything else. A goal declares its own {@code factory.<goal>.skip} flag and says what skipping
 * still does (only {@code generate} does something: it registers the source roots).
 */
abstract class FactoryMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The Maven session: offline or not, settings.xml (keys, proxies), profiles, user properties, repositories. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** This execution: a goal run as {@code mvn factory:<goal>} ({@code default-cli}) or bound to a phase. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /** Skips the checks and model calls of every goal of the plugin ({@code generate} still registers its roots). */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    protected boolean skip;

    private final String goal;

    protected FactoryMojo(String goal) {
        this.goal = goal;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Optional<GoalSkip> skipped = GoalSkip.of(goal(), skip, skipGoal());
        if (skipped.isPresent()) {
            whenSkipped(skipped.get());
        } else {
            run();
        }
    }

    /** The goal's name, from {@link PropertyNames}. */
    protected final String goal() {
        return goal;
    }

    /** Whether the goal was invoked directly ({@code mvn factory:<goal>}), not bound to a phase. */
    protected final boolean commandLine() {
        return "default-cli".equals(mojoExecution.getExecutionId());
    }

    /**
     * When this Maven build started, less two seconds: a coarse file clock must not make a file this
     * build wrote look older than the build.
     */
    protected final java.time.Instant buildStart() {
        return session.getRequest().getStartTime().toInstant().minus(java.time.Duration.ofSeconds(2));
    }

    /** The goal's own {@code factory.<goal>.skip} flag. */
    protected abstract boolean skipGoal();

    /** The goal's work, when it is not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Logs the skip; a goal that must still do something when skipped overrides this. */
    protected void whenSkipped(GoalSkip skipped) throws MojoExecutionException, MojoFailureException {
        getLog().info(skipped.message());
    }
}
