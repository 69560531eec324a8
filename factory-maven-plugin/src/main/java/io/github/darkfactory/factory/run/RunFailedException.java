package io.github.darkfactory.factory.run;

/**
 * A run that ended without a passing round; its last round says why ({@link Round#outcome()}) and
 * with which requirements, specs or error lines. The adapter words it and ends with what to do.
 */
public final class RunFailedException extends Exception {

    private final RunResult result;

    RunFailedException(RunResult result) {
        super(result.last().outcome() + " in round " + result.last().number() + " of " + result.last().of()
                + ": failed " + result.last().failedIds() + ", missing " + result.last().missingIds()
                + ", specs " + result.last().specs());
        this.result = result;
    }

    public RunResult result() {
        return result;
    }

    public Round last() {
        return result.last();
    }
}
