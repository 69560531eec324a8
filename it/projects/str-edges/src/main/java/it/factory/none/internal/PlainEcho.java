package it.factory.none.internal;

import it.factory.none.Echo;

public class PlainEcho implements Echo {

    @Override
    public String echo(String text) {
        return text.isEmpty() ? "" : text;
    }
}
