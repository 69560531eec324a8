package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A note in {@code target/} that the generate goal's last check found every spec up to date, with
 * a fingerprint of every file that check reads. While the fingerprint still matches, a developer's
 * repeated build (or an IDE's incremental one) skips the check: none of its inputs changed, so
 * neither did its answer. CI starts without {@code target/}, so CI always checks in full.
 *
 * <p>The fingerprint covers the goal's configuration and, for every file under the inputs, its
 * path, size, modification time and file key (the inode, where there is one), as make and
 * incremental compilers trust them. A file changed within the file system's timestamp granularity
 * after the check read it could keep its old time, so a stamp is only written when every file is
 * older than the check by a margin; otherwise the next build checks in full again.
 */
public final class UpToDateStamp {

    /** How much older than the check every input must be before a stamp vouches for it. */
    static final Duration RACY_MARGIN = Duration.ofSeconds(2);

    private static final String HEADER = "# factory:generate found every spec up to date; the next build skips its check"
            + " while these inputs stay as they were. Delete this file to force the check.";

    private final Path file;
    /** The inputs as they were before the check, or null when they could not be listed. */
    private final Fingerprint beforeCheck;
    /** When the inputs were listed: the check started no earlier. */
    private final Instant checkStart;

    private UpToDateStamp(Path file, Fingerprint beforeCheck, Instant checkStart) {
        this.file = file;
        this.beforeCheck = beforeCheck;
        this.checkStart = checkStart;
    }

    /**
     * Lists the inputs as they are before the check. What a stamp records is this listing, never a
     * later one: a file the check (or anyone) changes or deletes after this moment makes the next
     * build's listing differ, so that build checks in full.
     *
     * @param file          where the stamp lives, under the build directory
     * @param configuration everything besides files that decides the check's answer (paths, layers, plugin)
     * @param inputs        the files and directory trees the check reads; missing ones count as absent
     */
    public static UpToDateStamp beforeCheck(Path file, String configuration, List<Path> inputs) {
        Instant checkStart = Instant.now();
        return new UpToDateStamp(file, fingerprint(configuration, List.copyOf(inputs)).orElse(null), checkStart);
    }

    public Path file() {
        return file;
    }

    /** When the inputs were listed, before the check read any of them. */
    public Instant checkStart() {
        return checkStart;
    }

    /** The ids of the specs the stamp vouches for when no input changed since it was written; else empty. */
    public Optional<List<String>> unchangedSpecs() {
        Recorded recorded = Recorded.read(file);
        return recorded != null && beforeCheck != null && beforeCheck.hex().equals(recorded.fingerprint())
                ? Optional.of(recorded.specIds()) : Optional.empty();
    }

    /** Forgets an earlier stamp, so that a check that fails cannot leave one behind for the next build. */
    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Records that a clean check, started at {@code checkStart}, found {@code specIds} up to date.
     * Writes nothing when an input was younger than the check's start minus {@link #RACY_MARGIN}.
     *
     * @return whether a stamp was written
     */
    public boolean record(List<String> specIds, Instant checkStart) throws IOException {
        long limit = FileTime.from(checkStart.minus(RACY_MARGIN)).to(TimeUnit.NANOSECONDS);
        if (beforeCheck == null || beforeCheck.newest() > limit) {
            return false;
        }
        AtomicFiles.write(file, HEADER + "\nfingerprint " + beforeCheck.hex() + "\nspecs " + String.join(" ", specIds)
                + "\n");
        return true;
    }

    /** The configuration and the inputs as they are now; empty when an input cannot be listed. */
    private static Optional<Fingerprint> fingerprint(String configuration, List<Path> inputs) {
        // the inputs in parallel: listing thousands of files is the whole cost of a skipped check
        List<Listing> listings = IntStream.range(0, inputs.size()).parallel()
                .mapToObj(i -> Listing.of(inputs.get(i), i)).toList();
        if (listings.contains(null)) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        listings.forEach(listing -> lines.addAll(listing.lines));
        Collections.sort(lines);
        StringBuilder text = new StringBuilder(configuration).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        long newest = listings.stream().mapToLong(listing -> listing.newest).max().orElse(Long.MIN_VALUE);
        return Optional.of(new Fingerprint(Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8)), newest));
    }

    /** @param newest the modification time of the youngest file, in nanoseconds since the epoch */
    record Fingerprint(String hex, long newest) {
    }

    /** One line per file and directory of one input, following links so that a link's target counts. */
    private static final class Listing extends SimpleFileVisitor<Path> {

        private final int prefix;
        private final String index;
        private final List<String> lines = new ArrayList<>();
        private long newest = Long.MIN_VALUE;

        private Listing(Path root, int index) {
            this.prefix = root.toString().length();
            this.index = index + " ";
        }

        /** @return null when the input cannot be listed */
        static Listing of(Path root, int index) {
            Listing listing = new Listing(root, index);
            if (!Files.exists(root)) {
                listing.lines.add(index + " absent");
                return listing;
            }
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, listing);
            } catch (IOException e) {
                return null;                            // what cannot be listed cannot be vouched for
            }
            return listing;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
            lines.add(index + "d " + directory.toString().substring(prefix));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            newest = Math.max(newest, modified);
            lines.add(index + "f " + path.toString().substring(prefix) + ' ' + attributes.size() + ' ' + modified
                    + ' ' + attributes.fileKey());
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
            throw e;                                    // a loop of links, or a file gone mid-walk
        }
    }

    /** What a stamp file says, or null when there is none or it cannot be read as one. */
    private record Recorded(String fingerprint, List<String> specIds) {

        static Recorded read(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {                   // none yet (NoSuchFileException), or unreadable: no stamp
                return null;
            }
            String fingerprint = null;
            List<String> specIds = null;
            for (String line : lines) {
                if (line.startsWith("fingerprint ")) {
                    fingerprint = line.substring("fingerprint ".length());
                } else if (line.startsWith("specs")) {
                    String ids = line.substring("specs".length()).trim();
                    specIds = ids.isEmpty() ? List.of() : List.of(ids.split(" "));
                }
            }
            return fingerprint == null || specIds == null ? null : new Recorded(fingerprint, specIds);
        }
    }
}
