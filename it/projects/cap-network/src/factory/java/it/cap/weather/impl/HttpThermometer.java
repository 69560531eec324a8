package it.cap.weather.impl;

import it.cap.weather.Thermometer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

public class HttpThermometer implements Thermometer {
    @Override
    public String celsius(String serviceUrl) throws IOException {
        try (InputStream body = URI.create(serviceUrl).toURL().openStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
