package io.github.darkfactory.factory.scenarios;

/** The block a product pastes into its pom to pin a sealed jar: {@code <scenarios>}, or a twin's {@code <twin>}. */
public final class SealSnippet {

    private SealSnippet() {
    }

    public static String render(ScenarioCoordinates coordinates, String sha256) {
        return "<scenarios>\n"
                + "  <artifact>" + coordinates + "</artifact>\n"
                + "  <sha256>" + sha256 + "</sha256>\n"
                + "</scenarios>\n";
    }

    /** A {@code <twin>} for the product's {@code <scenarios><twins>}. */
    public static String renderTwin(String name, ScenarioCoordinates coordinates, String sha256) {
        return "<twin>\n"
                + "  <name>" + name + "</name>\n"
                + "  <artifact>" + coordinates + "</artifact>\n"
                + "  <sha256>" + sha256 + "</sha256>\n"
                + "</twin>\n";
    }
}
