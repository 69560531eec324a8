package io.github.darkfactory.factory.scenarios;

/** Escaping shared by the HTML and XML reports: every text that came from a test is untrusted. */
public final class Markup {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("`([^`]+)`");
    private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile("\\*\\*([^*]+)\\*\\*");

    private Markup() {
    }

    /**
     * Escapes, then renders the inline Markdown a spec's requirement text uses: {@code `code`} and
     * {@code **bold**}. Anything else stays as written.
     */
    public static String inlineMarkdown(String text) {
        String html = CODE.matcher(escape(text)).replaceAll("<code>$1</code>");
        return BOLD.matcher(html).replaceAll("<b>$1</b>");
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even when escaped.
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
