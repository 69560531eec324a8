package io.github.darkfactory.factory.maven;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PomPinTest {

    private static final String OLD = "1".repeat(64);
    private static final String NEW = "ab".repeat(32);
    private static final PomPin.Seal SEAL = new PomPin.Seal("com.acme:shop-scenarios:1.0.1", NEW);

    private static String pom(String scenarios) {
        return "<project>\r\n  <!-- keep me -->\r\n  <build>\r\n    <plugins>\r\n      <plugin>\r\n"
                + "        <artifactId>maven-surefire-plugin</artifactId>\r\n"
                + "        <configuration><scenarios><artifact>x:y:1</artifact></scenarios></configuration>\r\n"
                + "      </plugin>\r\n      <plugin>\r\n"
                + "        <groupId>io.github.darkfactory</groupId>\r\n        <artifactId>factory-maven-plugin</artifactId>\r\n"
                + "        <configuration>\r\n" + scenarios + "        </configuration>\r\n      </plugin>\r\n"
                + "    </plugins>\r\n  </build>\r\n</project>\r\n";
    }

    @Test
    void replaces_the_artifact_and_digest_and_nothing_else() throws Exception {
        String before = pom("          <scenarios>\r\n            <artifact>com.acme:shop-scenarios:1.0.0</artifact>\r\n"
                + "            <sha256>" + OLD + "</sha256>\r\n          </scenarios>\r\n");
        PomPin.Result result = PomPin.pin(before, SEAL);

        assertEquals(before.replace("1.0.0", "1.0.1").replace(OLD, NEW), result.pom());
        assertEquals(List.of(new PomPin.Change("com.acme:shop-scenarios:1.0.0", OLD)), result.changes());
    }

    @Test
    void adds_a_digest_under_the_artifact_of_an_unpinned_trial_with_the_same_indent_and_line_ending() throws Exception {
        String before = pom("          <scenarios>\r\n            <artifact>com.acme:shop-scenarios:1.0.0</artifact>\r\n"
                + "          </scenarios>\r\n");
        assertEquals(pom("          <scenarios>\r\n            <artifact>com.acme:shop-scenarios:1.0.1</artifact>\r\n"
                        + "            <sha256>" + NEW + "</sha256>\r\n          </scenarios>\r\n"),
                PomPin.pin(before, SEAL).pom());
    }

    @Test
    void pins_the_scenario_jar_of_a_block_with_twins_and_never_a_twin() throws Exception {
        String twins = "            <twins><twin><name>payments</name>\r\n"
                + "              <artifact>com.acme:shop-scenarios-twin:1.0.0</artifact>\r\n"
                + "              <sha256>" + OLD + "</sha256></twin></twins>\r\n";
        String unpinnedWithTwinsFirst = pom("          <scenarios>\r\n" + twins
                + "            <artifact>com.acme:shop-scenarios:1.0.0</artifact>\r\n          </scenarios>\r\n");

        PomPin.Result result = PomPin.pin(unpinnedWithTwinsFirst, SEAL);

        assertEquals(pom("          <scenarios>\r\n" + twins
                + "            <artifact>com.acme:shop-scenarios:1.0.1</artifact>\r\n"
                + "            <sha256>" + NEW + "</sha256>\r\n          </scenarios>\r\n"), result.pom());
        assertEquals(List.of(new PomPin.Change("com.acme:shop-scenarios:1.0.0", "")), result.changes());
    }

    @Test
    void a_block_whose_only_artifact_is_a_twins_is_not_the_scenario_jar() {
        PomPin.PinException other = refusal(pom("<scenarios><twins><twin><name>t</name><artifact>com.acme:shop-scenarios:1"
                + "</artifact></twin></twins></scenarios>\r\n"));
        assertEquals(PomPin.Refusal.OTHER_ARTIFACT, other.refusal());
    }

    @Test
    void a_pom_that_already_holds_the_seal_has_no_change() throws Exception {
        String pinned = pom("<scenarios><artifact>com.acme:shop-scenarios:1.0.1</artifact><sha256>" + NEW
                + "</sha256></scenarios>\r\n");
        PomPin.Result result = PomPin.pin(pinned, SEAL);
        assertEquals(pinned, result.pom());
        assertEquals(List.of(), result.changes());
    }

    @Test
    void refuses_what_it_cannot_pin_safely_and_says_why() {
        assertEquals(PomPin.Refusal.NO_PLUGIN, refusal("<project><build><plugins/></build></project>").refusal());
        assertEquals(PomPin.Refusal.NO_SCENARIOS, refusal(pom("")).refusal());
        PomPin.PinException other = refusal(pom("<scenarios><artifact>com.acme:other:2</artifact></scenarios>\r\n"));
        assertEquals(PomPin.Refusal.OTHER_ARTIFACT, other.refusal());
        assertEquals("com.acme:other:2", other.found());
        assertEquals(PomPin.Refusal.PROPERTY,
                refusal(pom("<scenarios><artifact>${scenarios}</artifact></scenarios>\r\n")).refusal());
    }

    @Test
    void reads_the_seal_the_seal_goal_writes_and_rejects_a_malformed_digest() {
        assertEquals(Optional.of(SEAL), PomPin.readSeal("<scenarios>\n  <artifact>com.acme:shop-scenarios:1.0.1</artifact>\n"
                + "  <sha256>" + NEW + "</sha256>\n</scenarios>\n"));
        assertEquals(Optional.empty(), PomPin.readSeal("<artifact>com.acme:shop-scenarios:1.0.1</artifact><sha256>9f2c…</sha256>"));
    }

    private static PomPin.PinException refusal(String pom) {
        return assertThrows(PomPin.PinException.class, () -> PomPin.pin(pom, SEAL));
    }
}
