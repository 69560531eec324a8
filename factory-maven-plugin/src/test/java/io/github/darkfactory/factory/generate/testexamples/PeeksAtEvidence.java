package io.github.darkfactory.factory.generate.testexamples;

import io.github.darkfactory.factory.testexamples.EvidenceHelper;

/** A generate class that reaches the evidence through a class outside generate: what the holdout rule must catch. */
public final class PeeksAtEvidence {

    public static int failed() {
        return EvidenceHelper.failedSpecs().size();
    }
}
