package io.github.darkfactory.factory.twin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An OpenAI twin that answers each spec of a product with the implementation already committed
 * for it, so {@code factory:generate} can write an honest lock for hand-written code (the bundled
 * demo's, see {@code src/demo/regenerate-with-twin.sh}). The files every goal check runs on are
 * the real ones: an answer the loop rejects fails the generate, as a model's would.
 *
 * <p>{@code java -cp <test-classes>:<classes>:<deps> io.github.darkfactory.factory.twin.DemoTwin <port file> <product dir>}
 * reads {@code src/main/specs/*.md} and {@code src/factory/java} of the product at start, writes
 * the port to the port file and runs until killed.
 *
 * <p>For {@code factory:run} ({@code src/demo/run-with-twin.sh}) four more arguments, {@code <spec>
 * <times> <find> <replace>}, make the first {@code <times>} answers for {@code <spec>} a broken
 * variant: the committed code with the text {@code <find>} replaced by {@code <replace>} (for
 * example a {@code >=} that becomes {@code >}), which still compiles and passes the rules but fails
 * a hidden scenario. Later answers are the committed code.
 */
public final class DemoTwin {

    private static final Pattern SPEC_IN_PROMPT = Pattern.compile("# Implement spec `([a-z][a-z0-9-]*)`");
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("(?m)^(id|package):\\s*(\\S+)\\s*$");

    private DemoTwin() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 && args.length != 6) {
            System.err.println("usage: DemoTwin <port file> <product directory> [<spec> <times> <find> <replace>]");
            System.exit(2);
        }
        Map<String, String> answers = answersBySpec(Paths.get(args[1]));
        BrokenFirst broken = args.length == 6 ? BrokenFirst.of(answers, args[2], Integer.parseInt(args[3]), args[4], args[5])
                : BrokenFirst.NONE;
        ProviderTwin twin = ProviderTwin.start("openai").otherwise(request -> {
            Matcher spec = SPEC_IN_PROMPT.matcher(request.user());
            String answer = spec.find() ? broken.answer(spec.group(1), answers.get(spec.group(1))) : null;
            return answer == null ? Reply.status(400, "the demo twin has no committed code for this prompt") : Reply.text(answer);
        });
        Files.writeString(Paths.get(args[0]), Integer.toString(twin.port()));
        System.out.println("openai twin at " + twin.baseUrl() + " answering specs " + answers.keySet());
        Thread.currentThread().join();
    }

    /** The first {@code times} answers for one spec are the committed code with one substitution. */
    record BrokenFirst(String spec, String variant, AtomicInteger left) {

        static final BrokenFirst NONE = new BrokenFirst("", "", new AtomicInteger());

        static BrokenFirst of(Map<String, String> answers, String spec, int times, String find, String replace) {
            String committed = answers.get(spec);
            if (committed == null || !committed.contains(find)) {
                throw new IllegalArgumentException("the committed code of spec " + spec + " does not contain " + find);
            }
            return new BrokenFirst(spec, committed.replace(find, replace), new AtomicInteger(times));
        }

        String answer(String specId, String committed) {
            return specId.equals(spec) && left.getAndDecrement() > 0 ? variant : committed;
        }
    }

    /** Spec id to an answer in the protocol holding every committed file under the spec's package. */
    static Map<String, String> answersBySpec(Path product) throws IOException {
        Path output = product.resolve("src/factory/java");
        Map<String, String> answers = new TreeMap<>();
        try (Stream<Path> specs = Files.list(product.resolve("src/main/specs"))) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Map<String, String> front = new TreeMap<>();
                Matcher line = FRONT_MATTER_LINE.matcher(Files.readString(spec, StandardCharsets.UTF_8));
                while (line.find()) {
                    front.putIfAbsent(line.group(1), line.group(2));
                }
                answers.put(front.get("id"), answer(output, front.get("package").replace('.', '/')));
            }
        }
        return answers;
    }

    private static String answer(Path output, String packageDirectory) throws IOException {
        StringBuilder answer = new StringBuilder();
        try (Stream<Path> files = Files.walk(output.resolve(packageDirectory))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                answer.append("### ").append(output.relativize(file).toString().replace('\\', '/')).append('\n')
                        .append("```java\n").append(content).append(content.endsWith("\n") ? "" : "\n").append("```\n\n");
            }
        }
        return answer.toString();
    }
}
