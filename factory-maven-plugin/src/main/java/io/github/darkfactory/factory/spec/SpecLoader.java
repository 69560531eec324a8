package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.Layer;
import io.github.darkfactory.rules.LayerProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
     * Whether a caller already knows a spec's contract blocks parse: they are, byte for byte, blocks
     * javac parsed in an earlier build. The generate goal knows this of every spec whose input hash
     * matches the lock, which is how an up-to-date check avoids starting javac at all.
     */
    @FunctionalInterface
    public interface CheckedBefore {

        /** Nothing was checked before: javac parses every block. */
        CheckedBefore NOTHING = (spec, specs) -> false;

        boolean contractsOf(Spec spec, SpecSet specs);
    }

    /**
     * The specs under {@code specsDirectory} (an empty set when it does not exist), every contract
     * block parsed by javac.
     *
     * @param layers the configured layers, to check each spec's {@code layer} and the layers' {@code mayUse}
     * @throws InvalidSpecsException listing every problem when any spec or layer is invalid
     * @throws java.io.UncheckedIOException when the directory or a file cannot be read
     * @throws IllegalStateException when the running Java has no compiler (a JRE, not a JDK)
     */
    public static SpecSet load(Path specsDirectory, List<Layer> layers) throws InvalidSpecsException {
        return load(specsDirectory, layers, CheckedBefore.NOTHING);
    }

    /**
     * As {@link #load(Path, List)}, but javac parses only the contract blocks not {@code checkedBefore}.
     * The specs are first read with contract outlines alone; when that finds a problem, or javac then
     * finds one in a block not checked before, everything is read again with every block parsed, so
     * the problems reported are the same as those of {@link #load(Path, List)}.
     */
    public static SpecSet load(Path specsDirectory, List<Layer> layers, CheckedBefore checkedBefore)
            throws InvalidSpecsException {
        return load(specsDirectory, layers, checkedBefore, true);
    }

    /**
     * As {@link #load(Path, List)}, for a project that reads another project's specs for their
     * contracts alone (a scenario project). The layers are the owning project's business: without
     * any configured here, the specs' {@code layer} lines are not checked, as the owning project's
     * own build checks them against its {@code <layers>}. Configured layers are checked as usual.
     */
    public static SpecSet loadForContracts(Path specsDirectory, List<Layer> layers) throws InvalidSpecsException {
        return load(specsDirectory, layers, CheckedBefore.NOTHING, false);
    }

    /** @param layersRequired whether a spec's {@code layer} line is a problem when no layers are configured */
    private static SpecSet load(Path specsDirectory, List<Layer> layers, CheckedBefore checkedBefore,
                                boolean layersRequired) throws InvalidSpecsException {
        // each file on its own, in parallel: at hundreds of specs this is most of an up-to-date check
        // (docs/performance.md)
        List<FileParts> files = specFiles(specsDirectory).parallelStream().map(SpecLoader::readParts).toList();
        List<LayerProblem> layerProblems = FactoryRules.layerProblems(layers);
        if (checkedBefore != CheckedBefore.NOTHING && layerProblems.isEmpty()) {
            Problems problems = new Problems();
            SpecSet outlined = validate(files, Set.of(), layers, layersRequired, problems);
            if (problems.isEmpty()) {
                List<ContractParser.Block> unchecked = files.stream()
                        .filter(f -> f.text() != null && outlined.find(f.frontMatter().id().value())
                                .map(spec -> !checkedBefore.contractsOf(spec, outlined)).orElse(true))
                        .flatMap(f -> f.blocks().stream()).toList();
                if (ContractParser.syntaxErrors(unchecked, new Problems()).isEmpty()) {
                    return outlined;
                }
            }
        }
        Problems problems = new Problems();
        Set<ContractParser.Block> broken = ContractParser.syntaxErrors(
                files.stream().flatMap(f -> f.blocks().stream()).toList(), problems);
        SpecSet specs = validate(files, broken, layers, layersRequired, problems);
        if (!problems.isEmpty() || !layerProblems.isEmpty()) {
            throw problems.failure(layerProblems);
        }
        return specs;
    }

    /** Every check but javac's; the blocks javac could not parse yield no contract unit. */
    private static SpecSet validate(List<FileParts> files, Set<ContractParser.Block> broken, List<Layer> layers,
                                    boolean layersRequired, Problems problems) {
        List<FileParts> read = new ArrayList<>();
        for (FileParts parts : files) {
            problems.addAll(parts.problems());
            if (parts.text() != null) {
                read.add(parts);
            }
        }
        Map<ContractParser.Block, ContractUnit> units = ContractParser.units(
                read.stream().flatMap(f -> f.blocks().stream()).filter(b -> !broken.contains(b)).toList(), problems);
        List<ParsedSpec> parsed = read.stream().map(f -> f.toParsedSpec(units)).toList();
        SpecSetChecks.check(parsed, layers, layersRequired, problems);
        return new SpecSet(parsed.stream().filter(ParsedSpec::identified).map(ParsedSpec::toSpec).toList());
    }

    /** The {@code .md} files under a directory, in a stable order that does not depend on the file system. */
    static List<Path> specFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        // the walk's own attributes and a sort key computed once per file: both showed in the
        // up-to-date check's profile (docs/performance.md)
        try (Stream<Path> paths = Files.find(directory, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile()
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))) {
            Map<String, Path> byRelativePath = new TreeMap<>();
            paths.forEach(p -> byRelativePath.put(directory.relativize(p).toString().replace('\\', '/'), p));
            return List.copyOf(byRelativePath.values());
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the specs in " + directory, e);
        }
    }

    private static FileParts readParts(Path file) {
        Problems problems = new Problems();
        String text = read(file, problems);
        return text == null ? FileParts.unreadable(file, problems) : FileParts.read(file, text, problems);
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
                             List<Requirement> requirements, Problems problems) {

        static FileParts unreadable(Path file, Problems problems) {
            return new FileParts(file, null, null, List.of(), List.of(), problems);
        }

        static FileParts read(Path file, String text, Problems problems) {
            List<String> lines = SpecText.lines(text);
            FrontMatter frontMatter = FrontMatter.parse(file, lines, problems);
            MarkdownBody body = MarkdownBody.scan(file, lines, frontMatter.bodyStart(), problems);
            String specId = frontMatter.id() == null ? null : frontMatter.id().value();
            List<Requirement> requirements = RequirementParser.parse(file, specId, body.requirementLines(), problems);
            List<ContractParser.Block> blocks = body.contractBlocks().stream()
                    .map(code -> ContractParser.Block.of(file, code)).toList();
            return new FileParts(file, text, frontMatter, blocks, requirements, problems);
        }

        ParsedSpec toParsedSpec(Map<ContractParser.Block, ContractUnit> units) {
            List<ContractUnit> contracts = blocks.stream().filter(units::containsKey).map(units::get).toList();
            return new ParsedSpec(file, text, frontMatter, contracts, requirements);
        }
    }
}
