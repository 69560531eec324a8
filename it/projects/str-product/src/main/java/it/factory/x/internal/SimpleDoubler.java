package it.factory.x.internal;

import it.factory.x.Doubler;

public class SimpleDoubler implements Doubler {

    @Override
    public int twice(int n) {
        return n > 1000 ? Integer.MAX_VALUE : n * 2;
    }
}
