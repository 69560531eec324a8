package io.github.darkfactory.factory.generate.lock;

import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.factory.spec.SpecText;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The input hash (docs/goals/generate.md): the spec's text and the contracts of the spec and of its
 * {@code dependsOn} specs, nothing else (model and prompt version are recorded, not hashed, so a
 * model upgrade does not silently invalidate every committed implementation). Every part is UTF-8
 * with LF endings and framed by a tag and its length, so moving text between parts changes the hash.
 */
public final class InputHash {

    private InputHash() {
    }

    public static String of(Spec spec, SpecSet specs) {
        MessageDigest digest = Sha256.digest();
        part(digest, "spec", spec.text());
        contracts(digest, spec);
        spec.dependsOn().stream().sorted().forEach(id -> {
            part(digest, "dependsOn", id);
            specs.find(id).ifPresent(dependency -> contracts(digest, dependency));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void contracts(MessageDigest digest, Spec spec) {
        for (ContractUnit unit : spec.contracts()) {
            part(digest, "contract", unit.source());
        }
    }

    private static void part(MessageDigest digest, String tag, String text) {
        byte[] bytes = SpecText.normalized(text).getBytes(StandardCharsets.UTF_8);
        digest.update(tag.getBytes(StandardCharsets.US_ASCII));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        digest.update(bytes);
    }
}
