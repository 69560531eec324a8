package io.github.darkfactory.factory.scenarios;

/** The {@code <scenarios>} block a product pastes into its pom to pin a sealed scenario jar. */
public final class SealSnippet {

    private SealSnippet() {
    }

    public static String render(ScenarioCoordinates coordinates, String sha256) {
        return "<scenarios>\n"
                + "  <artifact>" + coordinates + "</artifact>\n"
                + "  <sha256>" + sha256 + "</sha256>\n"
                + "</scenarios>\n";
    }
}
