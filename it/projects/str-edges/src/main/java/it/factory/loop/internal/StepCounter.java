package it.factory.loop.internal;

import it.factory.loop.Counter;

/** Without the call to step (PIT's VOID_METHOD_CALLS) the loop never ends. */
public class StepCounter implements Counter {

    private int value;

    @Override
    public int countTo(int n) {
        value = 0;
        while (value < n) {
            step();
        }
        return value;
    }

    private void step() {
        value++;
    }
}
