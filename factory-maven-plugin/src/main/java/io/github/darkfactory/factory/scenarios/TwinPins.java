package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twins.Twin;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinNames;

import java.io.IOException;
import java.util.List;

/** Each twin's pin, checked by the scenario jar's own rules before anything of it runs. */
final class TwinPins {

    private TwinPins() {
    }

    static void check(List<Twin> twins, boolean allowUnpinned, FactoryLog log) throws IOException, TwinFailure {
        TwinNames.check(twins.stream().map(Twin::name).toList());
        for (Twin twin : twins) {
            try {
                ScenarioPin.check("the twin " + twin.name() + " (" + twin.coordinates() + ")", twin.expectedSha256(),
                        allowUnpinned, twin.jar(), log);
            } catch (ScenarioFailure e) {
                throw new TwinFailure(reason(e.reason()), twin.name(), e.getMessage(), List.of(), e.sha256());
            }
        }
    }

    private static TwinFailure.Reason reason(ScenarioFailure.Reason reason) {
        return switch (reason) {
            case MALFORMED_PIN -> TwinFailure.Reason.MALFORMED_PIN;
            case UNPINNED -> TwinFailure.Reason.UNPINNED;
            default -> TwinFailure.Reason.DIGEST_MISMATCH;
        };
    }
}
