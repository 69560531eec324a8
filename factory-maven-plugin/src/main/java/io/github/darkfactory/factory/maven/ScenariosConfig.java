package io.github.darkfactory.factory.maven;

import java.util.List;

/** The {@code <scenarios>} block: which sealed jar holds the evidence, and its pin. */
public class ScenariosConfig {

    /** {@code groupId:artifactId:version[:classifier]}. */
    private String artifact;
    /** The sha256 that {@code factory:seal} printed for that jar. */
    private String sha256;
    /** The twins started for the scenario run (docs/twins.md). */
    private List<TwinConfig> twins;

    public String getArtifact() {
        return artifact;
    }

    public String getSha256() {
        return sha256;
    }

    public List<TwinConfig> getTwins() {
        return twins == null ? List.of() : twins;
    }
}
