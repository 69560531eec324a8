package it.factory.billing.domain;

import it.factory.billing.adapters.Table;

public class Invoice {
    public Object table() {
        return new Table();
    }
}
