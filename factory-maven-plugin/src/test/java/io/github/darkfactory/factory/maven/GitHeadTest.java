package io.github.darkfactory.factory.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GitHeadTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void a_branch_is_followed_to_its_loose_ref_from_a_module_below_the_checkout() throws Exception {
        write("repo/.git/HEAD", "ref: refs/heads/main\n");
        write("repo/.git/refs/heads/main", SHA + "\n");
        Files.createDirectories(dir.resolve("repo/product/module"));

        assertEquals(Optional.of(SHA), GitHead.commit(dir.resolve("repo/product/module")));
    }

    @Test
    void a_packed_ref_and_a_detached_head_are_read_too() throws Exception {
        write("packed/.git/HEAD", "ref: refs/heads/release\n");
        write("packed/.git/packed-refs", "# pack-refs with: peeled fully-peeled sorted\n" + SHA + " refs/heads/release\n");
        write("detached/.git/HEAD", SHA.replace('0', 'f') + "\n");

        assertEquals(Optional.of(SHA), GitHead.commit(dir.resolve("packed")));
        assertEquals(Optional.of(SHA.replace('0', 'f')), GitHead.commit(dir.resolve("detached")));
    }

    @Test
    void a_worktree_reads_its_head_in_its_gitdir_and_the_branch_in_the_common_directory() throws Exception {
        write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/feature\n");
        write("main/.git/worktrees/wt/commondir", "../..\n");
        write("main/.git/refs/heads/feature", SHA + "\n");
        write("wt/.git", "gitdir: " + dir.resolve("main/.git/worktrees/wt") + "\n");

        assertEquals(Optional.of(SHA), GitHead.commit(dir.resolve("wt")));
    }

    @Test
    void outside_a_checkout_there_is_no_commit() throws Exception {
        Files.createDirectories(dir.resolve("plain"));

        assertEquals(Optional.empty(), GitHead.commit(dir.resolve("plain")));
    }
}
