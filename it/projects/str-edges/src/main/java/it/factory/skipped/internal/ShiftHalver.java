package it.factory.skipped.internal;

import it.factory.skipped.Halver;

public class ShiftHalver implements Halver {

    @Override
    public int half(int n) {
        return n > 0 ? n >> 1 : n / 2;
    }
}
