package com.example.shop.scenarios;

import java.util.ServiceLoader;

/** Scenarios know the product only through its contracts; implementations come from ServiceLoader. */
final class Implementations {

    private Implementations() {
    }

    static <T> T of(Class<T> contract) {
        return ServiceLoader.load(contract).findFirst()
                .orElseThrow(() -> new AssertionError("no implementation of " + contract.getName()
                        + " is registered in META-INF/services"));
    }
}
