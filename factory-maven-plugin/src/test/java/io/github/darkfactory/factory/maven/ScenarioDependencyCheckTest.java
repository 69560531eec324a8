package io.github.darkfactory.factory.maven;

import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioDependencyCheckTest {

    private static final Map<String, String> SCENARIOS = Map.of("artifact", "com.acme:shop-scenarios:1.0.0", "sha256", "ab");

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

        assertTrue(e.getMessage().contains("com.acme:shop-scenarios (<scenarios><artifact>) is a dependency of com.acme:shop"),
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
    void other_dependencies_and_no_scenarios_configuration_pass() {
        MavenProject project = product();
        project.setArtifacts(Set.of(new DefaultArtifact("com.acme", "shop-api", "1.0.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar"))));

        assertDoesNotThrow(() -> ScenarioDependencyCheck.failIfDependedOn(SCENARIOS, project));
        assertDoesNotThrow(() -> ScenarioDependencyCheck.failIfDependedOn(null, project));
    }
}
