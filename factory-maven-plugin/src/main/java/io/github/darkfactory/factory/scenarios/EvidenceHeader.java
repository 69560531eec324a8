package io.github.darkfactory.factory.scenarios;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the top of evidence.html says about the build it judges, given by the adapter as data.
 *
 * @param product   the product's name, or null
 * @param builtAt   when the evidence was written, ISO-8601, or null
 * @param commit    the commit the product was built from, or null when it is not a git checkout
 * @param specFiles spec id → its file, relative to the product's directory, with {@code /}
 */
public record EvidenceHeader(String product, String builtAt, String commit, Map<String, String> specFiles) {

    /** No header: the page starts with the verdict. */
    public static final EvidenceHeader NONE = new EvidenceHeader(null, null, null, Map.of());

    public EvidenceHeader {
        specFiles = specFiles == null ? Map.of() : new TreeMap<>(specFiles);
    }

    /** This header with another commit: a merge names the commit its shards tested. */
    EvidenceHeader withCommit(String otherCommit) {
        return new EvidenceHeader(product, builtAt, otherCommit, specFiles);
    }

    boolean isNone() {
        return product == null && builtAt == null && commit == null && specFiles.isEmpty();
    }
}
