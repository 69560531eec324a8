package io.github.darkfactory.factory.generate;

import java.util.List;

/**
 * The generate goal must fail. Carries the problem as data: a headline, one line per item (spec,
 * file, error) and what to do; the adapter only adds Maven framing.
 */
public final class GenerateFailedException extends Exception {

    private final String headline;
    private final List<String> details;
    private final String fix;

    public GenerateFailedException(String headline, List<String> details, String fix) {
        super(headline);
        this.headline = headline;
        this.details = List.copyOf(details);
        this.fix = fix;
    }

    public String headline() {
        return headline;
    }

    public List<String> details() {
        return details;
    }

    public String fix() {
        return fix;
    }

    /** Headline, indented details, and the fix, as printed by the build. */
    public String render() {
        StringBuilder text = new StringBuilder(headline);
        details.forEach(d -> text.append("\n  - ").append(d));
        return text.append("\n").append(fix).toString();
    }
}
