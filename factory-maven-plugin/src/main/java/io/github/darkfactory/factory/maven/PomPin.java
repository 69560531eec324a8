package io.github.darkfactory.factory.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a seal's {@code <artifact>} and {@code <sha256>} into the {@code <scenarios>} blocks of this
 * plugin's configuration in a pom's text, changing nothing else: no reformatting, same line endings,
 * comments kept (docs/goals/pin.md). A text edit rather than a DOM round trip, because a pom
 * rewritten by an XML serializer loses the layout its authors chose.
 */
final class PomPin {

    private static final Pattern PLUGIN = Pattern.compile("<plugin>.*?</plugin>", Pattern.DOTALL);
    private static final Pattern OUR_ARTIFACT_ID = Pattern.compile("<artifactId>\\s*factory-maven-plugin\\s*</artifactId>");
    private static final Pattern SCENARIOS = Pattern.compile("<scenarios>.*?</scenarios>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("(<artifact>)(.*?)(</artifact>)", Pattern.DOTALL);
    private static final Pattern SHA256 = Pattern.compile("(<sha256>)(.*?)(</sha256>)", Pattern.DOTALL);
    /** The twins of a block carry their own {@code <artifact>} and {@code <sha256>}, which a seal never pins. */
    private static final Pattern TWINS = Pattern.compile("<twins>.*?</twins>", Pattern.DOTALL);

    /** A seal: the coordinates and digest a scenario project's {@code seal} goal printed. */
    record Seal(String artifact, String sha256) {

        /** {@code group:artifact}, which a pin replaces whatever the version. */
        String key() {
            String[] parts = artifact.split(":");
            return parts[0] + ":" + parts[1];
        }
    }

    /** One {@code <scenarios>} block changed: what it named before. */
    record Change(String oldArtifact, String oldSha256) {
    }

    /** The new pom text and the blocks it changed; no change when the pom already holds the seal. */
    record Result(String pom, List<Change> changes) {
    }

    /** Why nothing could be pinned. */
    enum Refusal { NO_PLUGIN, NO_SCENARIOS, OTHER_ARTIFACT, PROPERTY }

    static final class PinException extends Exception {
        private final Refusal refusal;
        private final String found;

        PinException(Refusal refusal, String found) {
            super(refusal + (found.isEmpty() ? "" : ": " + found));
            this.refusal = refusal;
            this.found = found;
        }

        Refusal refusal() {
            return refusal;
        }

        /** What the pom holds instead (the artifacts of its blocks, or the property expression). */
        String found() {
            return found;
        }
    }

    private PomPin() {
    }

    /** The seal of a {@code seal.txt} written by the {@code seal} goal, or empty when the text holds none. */
    static Optional<Seal> readSeal(String sealText) {
        Matcher artifact = ARTIFACT.matcher(sealText);
        Matcher sha = SHA256.matcher(sealText);
        if (!artifact.find() || !sha.find()) {
            return Optional.empty();
        }
        String coordinates = artifact.group(2).strip();
        String digest = sha.group(2).strip();
        if (coordinates.split(":").length < 3 || !digest.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return Optional.of(new Seal(coordinates, digest));
    }

    /**
     * Pins every {@code <scenarios>} block of this plugin whose artifact has the seal's group and
     * artifact id (any version); a block that names another artifact is left alone.
     */
    static Result pin(String pom, Seal seal) throws PinException {
        StringBuilder out = new StringBuilder();
        List<Change> changes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        boolean plugin = false;
        boolean scenarios = false;
        int copied = 0;
        Matcher plugins = PLUGIN.matcher(pom);
        while (plugins.find()) {
            if (!OUR_ARTIFACT_ID.matcher(plugins.group()).find()) {
                continue;
            }
            plugin = true;
            Matcher blocks = SCENARIOS.matcher(pom).region(plugins.start(), plugins.end());
            while (blocks.find()) {
                scenarios = true;
                String block = blocks.group();
                Matcher artifact = ARTIFACT.matcher(withoutTwins(block));
                String named = artifact.find() ? artifact.group(2).strip() : "";
                if (named.contains("${")) {
                    throw new PinException(Refusal.PROPERTY, named);
                }
                if (!named.startsWith(seal.key() + ":")) {
                    others.add(named.isEmpty() ? "a block without <artifact>" : named);
                    continue;
                }
                String pinned = pinBlock(block, seal);
                if (!pinned.equals(block)) {
                    Matcher sha = SHA256.matcher(withoutTwins(block));
                    changes.add(new Change(named, sha.find() ? sha.group(2).strip() : ""));
                }
                out.append(pom, copied, blocks.start()).append(pinned);
                copied = blocks.end();
            }
        }
        if (!plugin) {
            throw new PinException(Refusal.NO_PLUGIN, "");
        }
        if (!scenarios) {
            throw new PinException(Refusal.NO_SCENARIOS, "");
        }
        if (copied == 0) {
            throw new PinException(Refusal.OTHER_ARTIFACT, String.join(", ", others));
        }
        out.append(pom, copied, pom.length());
        return new Result(out.toString(), changes);
    }

    /** Matches in the result are found at the block's own positions: twins are blanked, not removed. */
    private static String withoutTwins(String block) {
        Matcher twins = TWINS.matcher(block);
        StringBuilder blanked = new StringBuilder(block);
        while (twins.find()) {
            for (int i = twins.start(); i < twins.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    private static String pinBlock(String block, Seal seal) {
        Matcher own = ARTIFACT.matcher(withoutTwins(block));
        own.find();
        String pinned = block.substring(0, own.start(2)) + seal.artifact() + block.substring(own.end(2));
        Matcher sha = SHA256.matcher(withoutTwins(pinned));
        if (sha.find()) {
            return pinned.substring(0, sha.start(2)) + seal.sha256() + pinned.substring(sha.end(2));
        }
        // no <sha256> yet (an unpinned trial): one under <artifact>, on a line of its own when
        // <artifact> has one, indented alike
        Matcher artifact = ARTIFACT.matcher(withoutTwins(pinned));
        artifact.find();
        String before = pinned.substring(0, artifact.start());
        String indent = before.substring(before.lastIndexOf('\n') + 1);
        String separator = indent.isBlank() ? (pinned.contains("\r\n") ? "\r\n" : "\n") + indent : "";
        return pinned.substring(0, artifact.end()) + separator + "<sha256>" + seal.sha256() + "</sha256>"
                + pinned.substring(artifact.end());
    }
}
