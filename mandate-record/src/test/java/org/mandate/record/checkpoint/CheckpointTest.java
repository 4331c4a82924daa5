package org.mandate.record.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final String SPEC_EXAMPLE = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void reads_and_writes_the_c2sp_example_text_unchanged() {
        Checkpoint c = Checkpoint.parse(SPEC_EXAMPLE);
        assertThat(c.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(c.size()).isEqualTo(20852163);
        assertThat(Base64.getEncoder().encodeToString(c.root())).isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(c.text()).isEqualTo(SPEC_EXAMPLE);
    }

    @Test
    void rejects_a_size_with_leading_zeroes() {
        assertThatThrownBy(() -> Checkpoint.parse(SPEC_EXAMPLE.replace("20852163", "020852163")))
                .isInstanceOf(MalformedNoteException.class).hasMessageContaining("leading zeroes");
    }

    @Test
    void rejects_a_root_that_is_not_32_bytes() {
        assertThatThrownBy(() -> Checkpoint.parse("o\n1\nAAAA\n")).isInstanceOf(MalformedNoteException.class);
    }

    @Test
    void origin_is_the_url_prefix_without_scheme_or_trailing_slash() {
        assertThat(LogKeys.originOf("https://rome.ct.example.com/tevere/")).isEqualTo("rome.ct.example.com/tevere");
        assertThat(LogKeys.originOf("http://localhost:8080/record")).isEqualTo("localhost:8080/record");
    }
}
