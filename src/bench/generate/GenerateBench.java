import io.github.darkfactory.factory.generate.lock.InputHash;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.generate.loop.PromptBuilder;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecLoader;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixtures of the generate benchmarks, run by src/bench/run-generate-bench.sh with the plugin's
 * test classpath (single-file source launch). Not a test and times nothing itself:
 * <ul>
 *   <li>{@code uptodate <dir> <n>}: a project with n specs, their implementations and a lock
 *       computed with the plugin's own loader and lock code, so {@code factory:generate} finds
 *       every spec up to date;</li>
 *   <li>{@code parallel <dir> <n> <port>}: a project with n independent specs and no lock, whose
 *       {@code <model>} is the OpenAI twin on that port;</li>
 *   <li>{@code twin <port file> <delay ms>}: an OpenAI twin that answers every request, after the
 *       delay, with the correct implementation of the spec the prompt asks for.</li>
 * </ul>
 */
public final class GenerateBench {

    private static final String PLUGIN_VERSION = "0.1.0-SNAPSHOT";
    private static final Pattern ASKED_SPEC = Pattern.compile("# Implement spec `(s[0-9]+)`");

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "uptodate" -> upToDateProject(Path.of(args[1]), Integer.parseInt(args[2]));
            case "parallel" -> parallelProject(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "twin" -> twin(Path.of(args[1]), Long.parseLong(args[2]));
            default -> {
                System.err.println("usage: GenerateBench uptodate <dir> <n> | parallel <dir> <n> <port> | twin <port file> <delay ms>");
                System.exit(2);
            }
        }
    }

    private static void upToDateProject(Path dir, int count) throws Exception {
        Files.writeString(Files.createDirectories(dir).resolve("pom.xml"), pom(""));
        Path specsDir = Files.createDirectories(dir.resolve("src/main/specs"));
        for (int i = 0; i < count; i++) {
            Files.writeString(specsDir.resolve(id(i) + ".md"), spec(i));
        }
        // the lock as a generate run would write it: same loader, same input hash, same rendering
        SpecSet specs = SpecLoader.load(specsDir, List.of());
        Map<String, LockEntry> entries = new TreeMap<>();
        for (Spec spec : specs.specs()) {
            String path = spec.packageName().replace('.', '/') + "/DefaultCounter.java";
            byte[] code = implementation(spec.packageName()).getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve("src/factory/java").resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, code);
            entries.put(spec.id(), new LockEntry(InputHash.of(spec, specs), new LockEntry.ModelRef("openai", "bench"),
                    PromptBuilder.PROMPT_VERSION, 1, new LockEntry.Tokens(1000, 200), Map.of(path, Sha256.hex(code)),
                    Map.of(spec.packageName() + ".Counter", spec.packageName() + ".DefaultCounter")));
        }
        Files.write(dir.resolve("factory.lock.json"), LockFile.render(Lock.of(entries)));
        System.out.println(count + " up-to-date specs in " + dir);
    }

    private static void parallelProject(Path dir, int count, int port) throws Exception {
        Files.writeString(Files.createDirectories(dir).resolve("pom.xml"), pom("""
                        <model>
                          <provider>openai</provider>
                          <name>bench</name>
                          <baseUrl>http://127.0.0.1:%d/v1</baseUrl>
                          <apiKeyEnv>BENCH_TWIN_KEY</apiKeyEnv>
                        </model>
                """.formatted(port)));
        Path specsDir = Files.createDirectories(dir.resolve("src/main/specs"));
        for (int i = 0; i < count; i++) {
            Files.writeString(specsDir.resolve(id(i) + ".md"), spec(i));
        }
        System.out.println(count + " independent specs, model at port " + port + ", in " + dir);
    }

    private static void twin(Path portFile, long delayMillis) throws InterruptedException, java.io.IOException {
        ProviderTwin twin = ProviderTwin.start("openai");
        twin.otherwise(request -> {
            Matcher asked = ASKED_SPEC.matcher(request.user());
            if (!asked.find()) {
                return Reply.status(400, "the bench twin found no '# Implement spec' line in the prompt");
            }
            String pkg = packageOf(asked.group(1));
            return Reply.text("### " + pkg.replace('.', '/') + "/DefaultCounter.java\n```java\n"
                    + implementation(pkg) + "```\n").after(Duration.ofMillis(delayMillis));
        });
        Files.writeString(portFile, Integer.toString(twin.port()));
        System.out.println("openai twin answering after " + delayMillis + " ms at " + twin.baseUrl());
        Thread.currentThread().join();
    }

    private static String id(int i) {
        return "s%03d".formatted(i);
    }

    private static String packageOf(String id) {
        return "com.acme.bench." + id;
    }

    /** A small but complete spec: prose, two contract units, three requirements. */
    private static String spec(int i) {
        String id = id(i);
        String pkg = packageOf(id);
        String req = "B" + i;
        return """
                ---
                id: %1$s
                package: %2$s
                ---
                # Counter %1$s

                Counts named events; a count never goes below zero.

                ## Contract
                ```java
                package %2$s;

                public interface Counter {
                    Count add(String name, int amount);
                    long total(String name);
                }
                ```
                ```java
                package %2$s;

                public record Count(String name, long value) {}
                ```

                ## Requirements
                - %3$s-1: WHEN nothing was added for a name THEN total SHALL be 0.
                - %3$s-2: WHEN amounts are added THEN total SHALL be their sum.
                - %3$s-3: WHEN an amount below 1 is added THEN add SHALL throw IllegalArgumentException
                  and leave the total unchanged.
                """.formatted(id, pkg, req);
    }

    private static String implementation(String pkg) {
        return """
                package %s;

                import java.util.HashMap;
                import java.util.Map;

                public class DefaultCounter implements Counter {
                    private final Map<String, Long> totals = new HashMap<>();

                    @Override
                    public synchronized Count add(String name, int amount) {
                        if (amount < 1) {
                            throw new IllegalArgumentException("amount must be at least 1: " + amount);
                        }
                        long value = totals.merge(name, (long) amount, Long::sum);
                        return new Count(name, value);
                    }

                    @Override
                    public synchronized long total(String name) {
                        return totals.getOrDefault(name, 0L);
                    }
                }
                """.formatted(pkg);
    }

    private static String pom(String model) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Generated by src/bench/generate/GenerateBench.java -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.darkfactory.bench</groupId>
                  <artifactId>generate-bench</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.darkfactory</groupId>
                        <artifactId>factory-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                %s        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(PLUGIN_VERSION, model);
    }
}
