import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The baseline of the up-to-date benchmark (src/bench/run-generate-bench.sh): the least file work
 * any up-to-date check of a bench project must do, in plain JDK code, with none of the plugin's
 * checks. It reads and hashes every spec with its contract blocks, reads the lock, reads and
 * hashes every generated file, and writes each contract whose file is missing or different, in
 * parallel like the goal. Run in a fresh JVM by the single-file source launcher, so javac has
 * warmed the JDK much as Maven's start-up has warmed it for the goal. Prints the milliseconds.
 *
 *   java UpToDateFloor.java <project directory> <contracts directory>
 */
public final class UpToDateFloor {

    private static final Pattern TYPE = Pattern.compile("(?:interface|class|record|enum) (\\w+)");

    private record SpecFile(String packageName, List<String> blocks, String hash) {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path contracts = Path.of(args[1]);
        long start = System.nanoTime();
        List<Path> specPaths;
        try (Stream<Path> files = Files.list(project.resolve("src/main/specs"))) {
            specPaths = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<SpecFile> specs = specPaths.parallelStream().map(UpToDateFloor::read).toList();
        int lockBytes = Files.readAllBytes(project.resolve("factory.lock.json")).length;
        List<Path> generated;
        try (Stream<Path> files = Files.walk(project.resolve("src/factory/java"))) {
            generated = files.filter(Files::isRegularFile).toList();
        }
        long hashed = generated.parallelStream().map(p -> hex(sha256(bytes(p)))).count();
        specs.parallelStream().forEach(spec -> materialize(spec, contracts));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(millis + " ms (" + specs.size() + " specs, " + hashed + " generated files, lock "
                + lockBytes + " bytes)");
    }

    private static SpecFile read(Path file) {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        for (int at = text.indexOf("```java\n"); at >= 0; at = text.indexOf("```java\n", at)) {
            int end = text.indexOf("\n```", at + 8);
            blocks.add(text.substring(at + 8, end + 1));
            at = end + 4;
        }
        int packageAt = text.indexOf("package: ") + "package: ".length();
        MessageDigest digest = digest();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        blocks.forEach(block -> digest.update(block.getBytes(StandardCharsets.UTF_8)));
        return new SpecFile(text.substring(packageAt, text.indexOf('\n', packageAt)), blocks, hex(digest.digest()));
    }

    private static void materialize(SpecFile spec, Path contracts) {
        Path directory = contracts.resolve(spec.packageName().replace('.', '/'));
        try {
            Files.createDirectories(directory);
            for (String block : spec.blocks()) {
                Matcher type = TYPE.matcher(block);
                type.find();
                Path file = directory.resolve(type.group(1) + ".java");
                byte[] content = block.getBytes(StandardCharsets.UTF_8);
                if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), content)) {
                    Files.write(file, content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
