package io.github.darkfactory.factory.generate.write;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The intended change, written before the first file is touched. Paths are absolute: the journal
 * is transient (it only exists while a commit is in progress or was interrupted) and never shared.
 *
 * @param lockFile   the lock to be written last
 * @param lockSha256 sha256 of the new lock's bytes: when the lock on disk has it, the commit happened
 * @param entries    every file the commit writes or deletes
 */
@JsonPropertyOrder({"lockFile", "lockSha256", "entries"})
record Journal(String lockFile, String lockSha256, List<Entry> entries) {

    /**
     * @param path   a file written or deleted by the commit
     * @param backup name of its previous content in the journal's backup directory, or null when
     *               it did not exist before
     */
    @JsonPropertyOrder({"path", "backup"})
    record Entry(String path, String backup) {
    }
}
