package io.github.darkfactory.factory.strength;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MutationsXmlTest {

    @Test
    void reads_each_mutant_with_its_killing_and_covering_scenarios_by_unique_id(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("mutations.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <mutations partial="true">
                <mutation detected='true' status='KILLED' numberOfTestsRun='2'><sourceFile>B.java</sourceFile>\
                <mutatedClass>a.B</mutatedClass><mutatedMethod>m</mutatedMethod><methodDescription>()I</methodDescription>\
                <lineNumber>7</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.NegateConditionalsMutator</mutator>\
                <indexes><index>1</index></indexes><blocks><block>0</block></blocks>\
                <killingTests>s.S.[engine:junit-jupiter]/[class:s.S]/[method:one()]</killingTests>\
                <succeedingTests>s.S.[engine:junit-jupiter]/[class:s.S]/[method:two()]</succeedingTests>\
                <coveringTests>s.S.[engine:junit-jupiter]/[class:s.S]/[method:one()]|s.S.[engine:junit-jupiter]/[class:s.S]/[method:two()]</coveringTests>\
                <description>negated conditional</description></mutation>
                </mutations>
                """);

        Mutant mutant = MutationsXml.read(xml).get(0);

        assertEquals("a.B", mutant.className());
        assertEquals(7, mutant.line());
        assertEquals("NegateConditionalsMutator", mutant.mutator());
        assertEquals(List.of("[engine:junit-jupiter]/[class:s.S]/[method:one()]"), mutant.killingTests());
        assertEquals(2, mutant.coveringTests().size());
        assertEquals("B.m line 7: negated conditional", mutant.label());
    }
}
