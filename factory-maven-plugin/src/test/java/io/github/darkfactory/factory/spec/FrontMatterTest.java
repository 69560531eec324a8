package io.github.darkfactory.factory.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain-lines reader must read exactly what SnakeYAML reads, or leave the front matter to it. */
class FrontMatterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "id: pricing\npackage: com.acme.shop.pricing",
            "id: pricing\npackage: com.acme.pricing\nlayer: domain\ndependsOn: [catalog, stock-levels]",
            "id: pricing\npackage: com.acme.pricing\ndependsOn: catalog",
            "id: pricing\npackage: com.acme.pricing\ncapabilities: [network, files]"})
    void plain_key_value_lines_are_read_without_snakeyaml(String yaml) {
        assertTrue(PlainFrontMatterLines.read(SpecText.lines(yaml)).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "id: pricing\npackage: com.acme.shop.pricing",
            "id: pricing\npackage: com.acme.pricing\nlayer: domain\ndependsOn: [catalog, stock-levels]",
            "\nid: pricing\n\npackage: com.acme.pricing\ndependsOn: []\n",
            "id: pricing\npackage: com.acme.pricing\ndependsOn: catalog",
            "id: pricing\npackage: com.acme.pricing\ndependsOn: [ catalog ,stock ]   ",
            "id: Pricing\npackage: com.acme.pricing",
            "id: all\npackage: com.acme.pricing",
            "id: pricing\npackage: com.acme.class.pricing",
            "id: pricing",
            "package: com.acme.pricing",
            "id: pricing\npackage: com.acme.pricing\nlayer: [domain]",
            "id: pricing\nid: catalog\npackage: com.acme.pricing",
            "id: pricing\npackage: com.acme.pricing\nowner: me",
            "id: null\npackage: com.acme.pricing",
            "id: true\npackage: com.acme.pricing",
            "id: 12\npackage: com.acme.pricing",
            "id: pricing # the id\npackage: com.acme.pricing",
            "id: 'pricing'\npackage: \"com.acme.pricing\"",
            "id: pricing\npackage: com.acme.pricing\ndependsOn:\n  - catalog\n  - stock",
            "id: pricing\npackage: com.acme.pricing\ndependsOn: [catalog, [nested]]",
            "id: pricing\npackage: com.acme.pricing\ndependsOn: [catalog",
            "id: pricing\n  package: com.acme.pricing",
            "id:pricing\npackage: com.acme.pricing",
            "id: pricing\npackage: com.acme.pricing\ncapabilities: [network, files]",
            "id: pricing\npackage: com.acme.pricing\ncapabilities: [network, telepathy]",
            "id: pricing\npackage: com.acme.pricing\ncapabilities: []",
            "id: pricing\npackage: com.acme.pricing\ncapabilities: network",
            "id: pricing\npackage: com.acme.pricing\ncapabilities:",
            "id: pricing\npackage: com.acme.pricing\ncapabilities:\n  - threads\n  - native",
            "just text",
            ""})
    void reads_like_snakeyaml(String yaml) {
        List<String> lines = SpecText.lines("---\n" + yaml + "\n---\n# Body\n");
        Problems fast = new Problems();
        Problems yamlOnly = new Problems();

        FrontMatter read = FrontMatter.parse(Path.of("s.md"), lines, fast, true);
        FrontMatter expected = FrontMatter.parse(Path.of("s.md"), lines, yamlOnly, false);

        assertEquals(expected, read);
        assertEquals(yamlOnly.sorted(), fast.sorted());
    }
}
