package org.mandate.record.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds /work/shared/test-vectors without copying it into the project: the system property
 * {@code mandate.shared} (set by the parent pom), else the first {@code ../shared} above the
 * working directory that holds {@code test-vectors}.
 */
public final class SharedVectors {

    private SharedVectors() {
    }

    public static Path rfc6962() {
        return testVectors().resolve("rfc6962");
    }

    public static Path testVectors() {
        String property = System.getProperty("mandate.shared");
        if (property != null && Files.isDirectory(Path.of(property, "test-vectors"))) {
            return Path.of(property, "test-vectors").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/test-vectors").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find shared/test-vectors: set -Dmandate.shared=/path/to/shared");
    }
}
