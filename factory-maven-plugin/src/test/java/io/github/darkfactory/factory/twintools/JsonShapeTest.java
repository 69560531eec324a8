package io.github.darkfactory.factory.twintools;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonShapeTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void the_same_fields_and_types_agree_whatever_the_values() throws Exception {
        assertEquals(List.of(), JsonShape.differences(
                json("{\"id\":\"p1\",\"amount\":12.5,\"ok\":true,\"items\":[{\"n\":1}],\"note\":null}"),
                json("{\"note\":null,\"items\":[{\"n\":7},{\"n\":8}],\"ok\":false,\"amount\":3,\"id\":\"zz\"}")));
    }

    @Test
    void reports_a_changed_type_a_missing_field_and_a_new_field_with_their_paths() throws Exception {
        assertEquals(List.of(
                        "$.amount: a number in the twin, a string from the service",
                        "$.currency: in the twin, missing from the service",
                        "$.fee: from the service, missing from the twin"),
                JsonShape.differences(json("{\"amount\":12.5,\"currency\":\"EUR\"}"),
                        json("{\"amount\":\"12.50\",\"fee\":1}")));
    }

    @Test
    void compares_nested_objects_and_the_first_element_of_arrays() throws Exception {
        assertEquals(List.of("$.card.items[0].n: a number in the twin, an object from the service"),
                JsonShape.differences(json("{\"card\":{\"items\":[{\"n\":1}]}}"),
                        json("{\"card\":{\"items\":[{\"n\":{}}]}}")));
        assertEquals(List.of(), JsonShape.differences(json("[]"), json("[1,2]")));
        assertEquals(List.of("$: an array in the twin, an object from the service"),
                JsonShape.differences(json("[]"), json("{}")));
    }
}
