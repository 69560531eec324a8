package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioDependencyCheckTest {

    private static final ScenarioCoordinates SCENARIOS = ScenarioCoordinates.parse("com.acme:shop-scenarios:1.0.0").orElseThrow();
    private static final ScenarioCoordinates TESTS_JAR = ScenarioCoordinates.parse("com.acme:shop:1.0.0:tests").orElseThrow();

    private static MavenProject product() {
        MavenProject project = new MavenProject();
        project.setGroupId("com.acme");
        project.setArtifactId("shop");
        return project;
    }

    @Test
    void a_transitive_dependency_on_the_scenario_jar_fails_naming_it() {
        MavenProject project = product();
        project.setArtifacts(Set.of(new DefaultArtifact("com.acme", "shop-scenarios", "0.9.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar"))));

        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> ScenarioDependencyCheck.failIfDependedOn(SCENARIOS, project));

        assertTrue(e.getMessage().contains("The scenario artifact com.acme:shop-scenarios:1.0.0 (<scenarios><artifact>) is a dependency of com.acme:shop"),
                e.getMessage());
    }

    @Test
    void a_direct_test_scoped_dependency_on_the_scenario_jar_fails_too() {
        MavenProject project = product();
        Dependency dependency = new Dependency();
        dependency.setGroupId("com.acme");
        dependency.setArtifactId("shop-scenarios");
        dependency.setScope("test");
        project.getDependencies().add(dependency);

        assertThrows(MojoFailureException.class, () -> ScenarioDependencyCheck.failIfDependedOn(SCENARIOS, project));
    }

    @Test
    void a_tests_jar_may_judge_a_product_that_depends_on_its_main_jar_but_not_one_that_depends_on_the_tests_jar() {
        MavenProject project = product();
        project.setArtifacts(Set.of(new DefaultArtifact("com.acme", "shop", "1.0.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar"))));
        assertDoesNotThrow(() -> ScenarioDependencyCheck.failIfDependedOn(TESTS_JAR, project));

        project.setArtifacts(Set.of(new DefaultArtifact("com.acme", "shop", "1.0.0", "test", "test-jar", "tests",
                new DefaultArtifactHandler("test-jar"))));
        assertThrows(MojoFailureException.class, () -> ScenarioDependencyCheck.failIfDependedOn(TESTS_JAR, project));
    }

    @Test
    void other_dependencies_pass() {
        MavenProject project = product();
        project.setArtifacts(Set.of(new DefaultArtifact("com.acme", "shop-api", "1.0.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar"))));

        assertDoesNotThrow(() -> ScenarioDependencyCheck.failIfDependedOn(SCENARIOS, project));
    }
}
