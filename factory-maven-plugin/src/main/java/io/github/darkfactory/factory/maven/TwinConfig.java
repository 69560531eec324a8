package io.github.darkfactory.factory.maven;

/** One {@code <twin>} under {@code <scenarios><twins>}: a pinned stand-in for a third-party service. */
public class TwinConfig {

    /** {@code [a-z][a-z0-9-]*}; the scenarios find the twin under {@code factory.twin.<name>.url}. */
    private String name;
    /** {@code groupId:artifactId:version[:classifier]} of the twin jar. */
    private String artifact;
    /** The twin jar's sha256, as {@code factory:seal} of its project printed it. */
    private String sha256;

    public String getName() {
        return name;
    }

    public String getArtifact() {
        return artifact;
    }

    public String getSha256() {
        return sha256;
    }
}
