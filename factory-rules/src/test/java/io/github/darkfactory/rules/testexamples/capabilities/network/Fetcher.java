package io.github.darkfactory.rules.testexamples.capabilities.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;

public class Fetcher {
    public InputStream fetch(String address) throws IOException {
        URL url = URI.create(address).toURL();
        return url.openStream();
    }
}
