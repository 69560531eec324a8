package io.github.darkfactory.factory.spec;

import com.sun.source.util.JavacTask;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads contract blocks: their outline (package, top-level types) with {@link ContractOutline},
 * their syntax with the JDK's own parser (no attribution), all blocks of a load in one javac task.
 * Syntax errors are mapped from block lines to spec-file lines.
 */
final class ContractParser {

    /** One ```java block of one spec file, outlined, waiting for its syntax check. */
    record Block(Path file, MarkdownBody.CodeBlock code, ContractOutline outline) {

        static Block of(Path file, MarkdownBody.CodeBlock code) {
            return new Block(file, code, ContractOutline.of(code.source()));
        }
    }

    private ContractParser() {
    }

    /** The blocks javac cannot parse, each error reported at its line in the spec file. */
    static Set<Block> syntaxErrors(List<Block> blocks, Problems problems) {
        Set<Block> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        if (blocks.isEmpty()) {
            return broken;
        }
        // javac hands back its own wrappers of our file objects, so blocks are found by URI.
        Map<URI, Block> byUri = new HashMap<>();
        List<JavaFileObject> objects = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            JavaFileObject object = new BlockSource(i, blocks.get(i).code().source());
            byUri.put(object.toUri(), blocks.get(i));
            objects.add(object);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) compiler().getTask(new StringWriter(), null, diagnostics,
                List.of("-proc:none"), null, objects);
        try {
            task.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            Block block = diagnostic.getSource() == null ? null : byUri.get(diagnostic.getSource().toUri());
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && block != null) {
                broken.add(block);
                problems.add(block.file(), block.code().fenceLine() + (int) Math.max(1, diagnostic.getLineNumber()),
                        "the contract does not parse: " + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""),
                        "fix the Java syntax of this block; each ```java block under '## Contract' must be one whole .java file");
            }
        }
        return broken;
    }

    /** The units of blocks that parse; a block without a package or type, or with two public types, has none (and a problem). */
    static Map<Block, ContractUnit> units(List<Block> blocks, Problems problems) {
        // by identity: each block is one object, and a record's hashCode would hash its whole source
        Map<Block, ContractUnit> units = new IdentityHashMap<>();
        for (Block block : blocks) {
            unitOf(block, problems).ifPresent(unit -> units.put(block, unit));
        }
        return units;
    }

    private static Optional<ContractUnit> unitOf(Block block, Problems problems) {
        ContractOutline outline = block.outline();
        int line = block.code().fenceLine();
        if (outline.packageName() == null) {
            problems.add(block.file(), line, "the contract declares no package",
                    "start the block with a package declaration, such as 'package com.acme.shop.domain.pricing;'");
            return Optional.empty();
        }
        List<String> publicTypes = outline.publicTypes();
        if (publicTypes.isEmpty() && outline.otherTypes().isEmpty()) {
            problems.add(block.file(), line, "the contract declares no type",
                    "declare one top-level interface, class, record or enum in the block");
            return Optional.empty();
        }
        if (publicTypes.size() > 1) {
            problems.add(block.file(), line, "the contract declares " + publicTypes.size() + " public top-level types "
                            + publicTypes + "; a .java file can hold only one",
                    "put each public type in a ```java block of its own");
            return Optional.empty();
        }
        // The public type comes first: it names the file the unit is written to.
        List<String> types = new ArrayList<>(publicTypes);
        types.addAll(outline.otherTypes());
        return Optional.of(new ContractUnit(outline.packageName(), types, block.code().source(), line));
    }

    private static JavaCompiler compiler() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this Java runtime (java.home="
                    + System.getProperty("java.home") + "); run Maven with a JDK, not a JRE");
        }
        return compiler;
    }

    private static final class BlockSource extends SimpleJavaFileObject {

        private final String source;

        BlockSource(int index, String source) {
            super(URI.create("string:///contract" + index + "/Contract.java"), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
