package io.github.darkfactory.factory.twintools;

import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordedMappingsTest {

    @TempDir
    Path directory;

    private Path write(String relative, String content) throws Exception {
        Path file = directory.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void moves_new_recordings_with_their_bodies_keeps_the_projects_own_and_leaves_out_what_was_cut_short()
            throws Exception {
        write("resources/mappings/health.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/health\"},\"response\":{}}");
        write("resources/mappings/mapping-orders-1.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/old\"},\"response\":{}}");
        write("root/mappings/mapping-health-x.json", "{\"request\":{\"url\":\"/health\",\"method\":\"GET\"},\"response\":{\"status\":404}}");
        write("root/mappings/mapping-orders-1.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/orders/1\"},"
                + "\"response\":{\"status\":200,\"bodyFileName\":\"body-orders-1.json\"}}");
        write("root/__files/body-orders-1.json", "{\"id\":1}");
        write("root/mappings/mapping-cut.json", "{\"request\":{\"method\":\"GET\",");

        RecordedMappings harvest = RecordedMappings.into(directory.resolve("resources"), directory.resolve("root"),
                FactoryLog.SILENT);
        Recorded recorded = harvest.once();

        assertEquals(List.of("mappings/mapping-orders-1-2.json"), recorded.written());
        assertEquals(List.of("GET /health (mappings/health.json)"), recorded.alreadyThere());
        assertEquals(List.of("mappings/mapping-cut.json"), recorded.unreadable());
        assertEquals("{\"id\":1}", Files.readString(directory.resolve("resources/__files/body-orders-1.json")));
        assertTrue(Files.readString(directory.resolve("resources/mappings/mapping-orders-1.json")).contains("/old"));
        assertFalse(Files.exists(directory.resolve("resources/mappings/mapping-cut.json")));
        assertSame(recorded, harvest.once(), "a second stop harvests nothing twice");
    }

    @Test
    void a_malformed_mapping_of_the_project_stops_the_recording_before_it_starts() throws Exception {
        write("resources/mappings/broken.json", "[1, 2");

        TwinToolFailure failure = assertThrows(TwinToolFailure.class, () -> RecordedMappings.into(
                directory.resolve("resources"), directory.resolve("root"), FactoryLog.SILENT));

        assertEquals("mappings/broken.json", failure.where());
    }

    @Test
    void an_unreachable_target_fails_before_any_process_starts() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        URI target = URI.create("http://127.0.0.1:" + closed);

        TwinToolFailure failure = assertThrows(TwinToolFailure.class, () -> TwinRecording.run(new TwinRecordRequest(
                target, directory.resolve("resources"), directory.resolve("work"), Path.of("java"), List.of(), 1, 1),
                FactoryLog.SILENT));

        assertEquals(TwinToolFailure.Reason.UNREACHABLE, failure.reason());
        assertEquals(target.toString(), failure.where());
        assertFalse(Files.exists(directory.resolve("work")));
    }

    @Test
    void a_request_the_project_already_answers_is_kept_and_the_line_says_how_to_record_it_again() throws Exception {
        write("resources/mappings/health.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/health\"},\"response\":{}}");
        write("root/mappings/mapping-health-x.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/health\"},\"response\":{}}");
        List<String> lines = new java.util.ArrayList<>();
        FactoryLog log = new FactoryLog() {
            @Override public void info(String message) { lines.add(message); }
            @Override public void warn(String message) { lines.add(message); }
            @Override public void error(String message) { lines.add(message); }
            @Override public void debug(String message) { }
        };

        RecordedMappings.into(directory.resolve("resources"), directory.resolve("root"), log).once();

        assertTrue(lines.contains("  already answered by the twin, kept as it is: GET /health (mappings/health.json);"
                + " to record it again, delete that mapping file first"), lines.toString());
    }
}
