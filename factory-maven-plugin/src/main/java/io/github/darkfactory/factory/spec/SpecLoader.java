package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Layer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and validates every spec ({@code **}{@code /*.md}) under a directory. Each file is read on
 * its own (front matter, body sections, requirements), then all contract blocks are parsed in one
 * go, then the specs are checked against each other. Every problem is collected before failing.
 */
public final class SpecLoader {

    private SpecLoader() {
    }

    /**
     * The specs under {@code specsDirectory} (an empty set when it does not exist).
     *
     * @param layers the configured layers, to check each spec's {@code layer} and the layers' {@code mayUse}
     * @throws InvalidSpecsException listing every problem when any spec is invalid
     * @throws java.io.UncheckedIOException when the directory or a file cannot be read
     * @throws IllegalStateException when the running Java has no compiler (a JRE, not a JDK)
     */
    public static SpecSet load(Path specsDirectory, List<Layer> layers) throws InvalidSpecsException {
        Problems problems = new Problems();
        List<FileParts> files = new ArrayList<>();
        for (Path file : specFiles(specsDirectory)) {
            String text = read(file, problems);
            if (text != null) {
                files.add(FileParts.read(file, text, problems));
            }
        }
        Map<ContractParser.Block, ContractUnit> units = ContractParser.parse(
                files.stream().flatMap(f -> f.blocks().stream()).toList(), problems);
        List<ParsedSpec> identified = files.stream().map(f -> f.toParsedSpec(units))
                .filter(ParsedSpec::identified).toList();
        Set<String> knownIds = files.stream().map(f -> f.frontMatter().id()).filter(Objects::nonNull)
                .map(Located::value).collect(Collectors.toSet());
        SpecSetChecks.check(identified, knownIds, layers, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSpecsException(problems.sorted());
        }
        return new SpecSet(identified.stream().map(ParsedSpec::toSpec).toList());
    }

    /** The {@code .md} files under a directory, in a stable order that does not depend on the file system. */
    static List<Path> specFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .sorted(Comparator.comparing(p -> directory.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the specs in " + directory, e);
        }
    }

    private static String read(Path file, Problems problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(file, 1, "the file is not valid UTF-8", "save the spec as UTF-8");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the spec " + file, e);
        }
    }

    /** What one file yields before its contract blocks are parsed together with all others. */
    private record FileParts(Path file, String text, FrontMatter frontMatter, List<ContractParser.Block> blocks,
                             List<Requirement> requirements) {

        static FileParts read(Path file, String text, Problems problems) {
            List<String> lines = SpecText.lines(text);
            FrontMatter frontMatter = FrontMatter.parse(file, lines, problems);
            MarkdownBody body = MarkdownBody.scan(file, lines, frontMatter.bodyStart(), problems);
            String specId = frontMatter.id() == null ? null : frontMatter.id().value();
            List<Requirement> requirements = RequirementParser.parse(file, specId, body.requirementLines(), problems);
            List<ContractParser.Block> blocks = body.contractBlocks().stream()
                    .map(code -> new ContractParser.Block(file, code)).toList();
            return new FileParts(file, text, frontMatter, blocks, requirements);
        }

        ParsedSpec toParsedSpec(Map<ContractParser.Block, ContractUnit> units) {
            List<ContractUnit> contracts = blocks.stream().filter(units::containsKey).map(units::get).toList();
            return new ParsedSpec(file, text, frontMatter, contracts, requirements);
        }
    }
}
