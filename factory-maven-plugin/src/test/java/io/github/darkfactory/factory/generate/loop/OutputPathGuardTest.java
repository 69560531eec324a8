package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputPathGuardTest {

    private final OutputPathGuard guard = new OutputPathGuard(TestSpecs.pricing(),
            new SpecSet(List.of(TestSpecs.pricing(), TestSpecs.catalog())), List.of());

    private static AnswerFile file(String path, String content) {
        return new AnswerFile(path, content, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"com/acme/shop/domain/pricing/SimplePriceCalculator.java",
            "com/acme/shop/domain/pricing/internal/Rounding.java"})
    void accepts_java_files_in_the_spec_package_or_below(String path) {
        String pkg = path.substring(0, path.lastIndexOf('/')).replace('/', '.');
        String type = path.substring(path.lastIndexOf('/') + 1).replace(".java", "");

        assertEquals(Optional.empty(), guard.check(file(path, "package " + pkg + ";\nclass " + type + " { }\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/Evil.java                                    | '..', '.' and empty path segments",
            "com/acme/shop/domain/pricing/../catalog/Cheat.java     | '..', '.' and empty path segments",
            "/tmp/com/acme/shop/domain/pricing/Abs.java             | absolute paths",
            "C:/work/com/acme/shop/domain/pricing/Abs.java          | absolute paths",
            "C:\\work\\Abs.java                                     | absolute paths",
            "\\\\server\\share\\Abs.java                            | absolute paths",
            "com\\acme\\shop\\domain\\pricing\\Win.java             | backslashes",
            "com/acme/shop/domain/pricing/notes.txt                 | only .java files",
            "com/acme/shop/domain/catalog/FastCatalog.java          | outside the package of spec 'pricing'",
            "src/factory/java/com/acme/shop/domain/pricing/X.java   | outside the package of spec 'pricing'",
            "com/acme/shop/domain/pricingx/X.java                   | outside the package of spec 'pricing'",
            "com/acme/shop/domain/pricing/PriceCalculator.java      | this is a contract file",
            "com/acme/shop/domain/catalog/Catalog.java              | this is a contract file",
            "com/acme/shop/domain/pricing/my-file.java              | not a valid Java package and type name"})
    void rejects_paths_outside_the_spec_package(String path, String reason) {
        Optional<LoopProblem> problem = guard.check(file(path, "class X { }\n"));

        assertTrue(problem.isPresent(), path);
        assertTrue(problem.get().message().contains(reason), problem.get().message());
        assertTrue(problem.get().message().endsWith("the file was not accepted"));
    }

    @Test
    void rejects_a_file_whose_package_does_not_match_its_directory() {
        Optional<LoopProblem> problem = guard.check(file("com/acme/shop/domain/pricing/Impl.java",
                "package com.acme.shop.domain.catalog;\nclass Impl { }\n"));

        assertEquals("the file declares package 'com.acme.shop.domain.catalog' but its directory is package"
                + " 'com.acme.shop.domain.pricing'; the file was not accepted", problem.orElseThrow().message());
        assertEquals("declare `package com.acme.shop.domain.pricing;` or move the file to the matching directory",
                problem.orElseThrow().remediation());
    }

    @Test
    void rejects_a_file_that_redeclares_a_contract_type_under_another_name() {
        Optional<LoopProblem> problem = guard.check(file("com/acme/shop/domain/pricing/Types.java", """
                package com.acme.shop.domain.pricing;
                // a comment mentioning class Foo does not count
                class Helper { }
                record Line(String sku, int quantity, long extra) { }
                """));

        assertTrue(problem.orElseThrow().message().contains("redeclares contract type com.acme.shop.domain.pricing.Line"),
                problem.toString());
    }

    @Test
    void rejects_a_type_the_project_already_has_in_a_source_root(@TempDir Path sources) throws IOException {
        Path existing = sources.resolve("com/acme/shop/domain/pricing/Money.java");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "package com.acme.shop.domain.pricing;\npublic record Money(long cents) { }\n");
        OutputPathGuard withSources = new OutputPathGuard(TestSpecs.pricing(),
                new SpecSet(List.of(TestSpecs.pricing())), List.of(sources));

        Optional<LoopProblem> problem = withSources.check(file("com/acme/shop/domain/pricing/Values.java",
                "package com.acme.shop.domain.pricing;\nclass Helper { }\nrecord Money(long cents) { }\n"));

        assertTrue(problem.orElseThrow().message().startsWith("the file declares com.acme.shop.domain.pricing.Money,"
                + " which the project already has in "), problem.toString());
        assertEquals(Optional.empty(), withSources.check(file("com/acme/shop/domain/pricing/Helper.java",
                "package com.acme.shop.domain.pricing;\nclass Helper { Money zero = new Money(0); }\n")));
    }
}
