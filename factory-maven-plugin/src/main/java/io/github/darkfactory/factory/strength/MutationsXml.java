package io.github.darkfactory.factory.strength;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads PIT's {@code mutations.xml} written with the full mutation matrix: every killing and every
 * covering test per mutant. PIT names a JUnit 5 test {@code <class>.<unique id>}; we keep the unique
 * id, the name evidence.json uses.
 */
final class MutationsXml {

    static final String FILE = "mutations.xml";
    private static final String ENGINE = "[engine:";

    private MutationsXml() {
    }

    static List<Mutant> read(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("mutation");
            List<Mutant> mutants = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                mutants.add(mutant((Element) nodes.item(i)));
            }
            return mutants;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read PIT's report " + file + ": " + e.getMessage(), e);
        }
    }

    private static Mutant mutant(Element node) {
        String mutator = text(node, "mutator");
        return new Mutant(text(node, "mutatedClass"), text(node, "mutatedMethod"), Integer.parseInt(text(node, "lineNumber")),
                mutator.substring(mutator.lastIndexOf('.') + 1), text(node, "description"), node.getAttribute("status"),
                Boolean.parseBoolean(node.getAttribute("detected")), tests(text(node, "killingTests")),
                tests(text(node, "coveringTests")));
    }

    private static String text(Element node, String tag) {
        NodeList found = node.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }

    static List<String> tests(String names) {
        return names.isBlank() ? List.of() : Arrays.stream(names.split("\\|")).map(MutationsXml::uniqueId).toList();
    }

    private static String uniqueId(String name) {
        int engine = name.indexOf(ENGINE);
        return engine < 0 ? name : name.substring(engine);
    }
}
