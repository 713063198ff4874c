package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key of two-factor secrets: a file of its own, made once, kept to its owner, and needed to read them back. */
class TwoFactorKeyTest {

    @TempDir
    Path folder;

    @Test
    void theKeyFileIsMadeOnFirstUseForItsOwnerOnlyAndReadBackAfterARestart() throws Exception {
        Path file = folder.resolve("data/two-factor.key");
        String stored = new TwoFactorKey(file.toString()).encrypt("JBSWY3DPEHPK3PXP");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(stored).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(new TwoFactorKey(file.toString()).decrypt(stored)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(new TwoFactorKey(file.toString()).encrypt("JBSWY3DPEHPK3PXP")).as("a fresh IV each time")
                .isNotEqualTo(stored);
    }

    @Test
    void anotherKeyCannotReadTheSecretsAndSaysWhatToDo() {
        String stored = new TwoFactorKey(folder.resolve("one.key").toString()).encrypt("JBSWY3DPEHPK3PXP");

        assertThatThrownBy(() -> new TwoFactorKey(folder.resolve("other.key").toString()).decrypt(stored))
                .hasMessageContaining("Reset that user's two-factor");
    }

    @Test
    void aFileThatHoldsNoKeyIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.key"), "not a key");

        assertThatThrownBy(() -> new TwoFactorKey(file.toString()).encrypt("JBSWY3DPEHPK3PXP"))
                .hasMessageContaining("does not hold a two-factor key");
    }
}
