package io.github.darkfactory.factory.maven;

import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceRootsTest {

    @TempDir
    Path base;

    @Test
    void registering_twice_as_in_generate_then_verify_adds_each_root_once() {
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(base.resolve("target").toString());
        SourceRoots roots = SourceRoots.of(project);
        Path output = base.resolve("src/factory/java");

        roots.register(project, output);
        roots.register(project, output);

        assertEquals(2, project.getCompileSourceRoots().size(), project.getCompileSourceRoots().toString());
        assertEquals(1, project.getResources().stream()
                .filter(r -> r.getDirectory().equals(base.resolve("src/factory/resources").toString())).count());
        assertEquals(base.resolve("target/generated-sources/factory-contracts"), roots.contracts());
    }
}
