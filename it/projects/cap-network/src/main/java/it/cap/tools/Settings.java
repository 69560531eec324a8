package it.cap.tools;

/** Hand-written and outside every spec package: not restricted by any spec's capabilities. */
public final class Settings {
    private Settings() {
    }

    public static String serviceUrl() {
        return System.getenv().getOrDefault("WEATHER_URL", "http://localhost:8080/celsius");
    }
}
