package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.EvidenceHeader;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/** What evidence.html says about the build: the product's name, now, the commit, and each spec's file. */
final class EvidenceHeaders {

    private EvidenceHeaders() {
    }

    static EvidenceHeader of(MavenProject project, SpecSet specs) {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        Map<String, String> files = new TreeMap<>();
        for (Spec spec : specs.specs()) {
            Path file = spec.file().toAbsolutePath();
            files.put(spec.id(), (file.getRoot() != null && file.getRoot().equals(base.getRoot())
                    ? base.relativize(file) : file).toString().replace('\\', '/'));
        }
        String name = project.getName();
        String coordinates = project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion();
        String product = name == null || name.isBlank() || name.startsWith("Unnamed") || name.equals(project.getArtifactId())
                ? coordinates : name + " (" + coordinates + ")";
        return new EvidenceHeader(product, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                GitHead.commit(base).orElse(null), files);
    }
}
