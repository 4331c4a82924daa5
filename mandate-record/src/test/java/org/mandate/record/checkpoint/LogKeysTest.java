package org.mandate.record.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.record.RecordException;

class LogKeysTest {

    @TempDir
    Path dir;

    @Test
    void generates_a_key_readable_by_its_owner_only_and_loads_it_back() throws IOException {
        LogKeys keys = LogKeys.generate(dir, "federation.example/record");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(LogKeys.PRIVATE_FILE))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve(LogKeys.PUBLIC_FILE)).strip()).isEqualTo(keys.verifier().vkey());
        LogKeys loaded = LogKeys.load(dir);
        assertThat(loaded.verifier()).isEqualTo(keys.verifier());
        assertThat(loaded.origin()).isEqualTo("federation.example/record");
    }

    @Test
    void never_overwrites_an_existing_key() {
        LogKeys.generate(dir, "a.example/log");
        assertThatThrownBy(() -> LogKeys.generate(dir, "a.example/log"))
                .isInstanceOf(RecordException.class).hasMessageContaining("never overwritten");
    }

    @Test
    void refuses_to_load_a_key_that_others_can_read() throws IOException {
        LogKeys.generate(dir, "a.example/log");
        Files.setPosixFilePermissions(dir.resolve(LogKeys.PRIVATE_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> LogKeys.load(dir)).isInstanceOf(RecordException.class).hasMessageContaining("chmod 600");
    }
}
