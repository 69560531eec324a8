package io.github.darkfactory.factory.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the plugin descriptor that maven-plugin-plugin generates from the Mojos' javadoc: what
 * {@code mvn factory:help -Ddetail} prints. A parameter without javadoc shows up there with no text.
 */
class PluginDescriptorTest {

    @Test
    void every_parameter_a_user_can_set_has_a_description() throws Exception {
        List<String> undocumented = new ArrayList<>();
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                if ("true".equals(text(parameter, "editable")) && text(parameter, "description").isBlank()) {
                    undocumented.add(goal + ": " + text(parameter, "name"));
                }
            }
        }
        assertEquals(List.of(), undocumented, "give each of these parameters javadoc");
    }

    @Test
    void the_descriptor_lists_the_architecture_and_contracts_goals() throws Exception {
        NodeList goals = descriptor().getElementsByTagName("goal");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < goals.getLength(); i++) {
            names.add(goals.item(i).getTextContent());
        }
        assertTrue(names.containsAll(List.of(PropertyNames.GOAL_ARCHITECTURE, PropertyNames.GOAL_CONTRACTS)), names::toString);
    }

    /** The descriptor of this build's classes, not one of another plugin on the test class path. */
    private static Document descriptor() throws Exception {
        Path classes = Path.of(ArchitectureMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path plugin = classes.resolve("META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(plugin), "maven-plugin-plugin writes " + plugin + " before the tests run");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(plugin.toFile());
    }

    /** The text of a direct child element, or "" when there is none. */
    private static String text(Element parent, String child) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(child)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }
}
