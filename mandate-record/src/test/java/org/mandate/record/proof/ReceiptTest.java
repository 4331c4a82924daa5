package org.mandate.record.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;

class ReceiptTest {

    private final NoteSigner signer = NoteSigner.generate("fed.example/record", new SecureRandom());
    private final MerkleTree tree = new MerkleTree();

    private Receipt receiptFor(int index) {
        for (int i = 0; i < 13; i++) {
            tree.append(event(i));
        }
        SignedCheckpoint cp = SignedCheckpoint.sign(new Checkpoint("fed.example/record", tree.size(), tree.root()), signer);
        return Receipt.issue(tree, index, event(index), cp);
    }

    private static byte[] event(int i) {
        return ("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_receipt_survives_its_text_form_and_verifies() {
        Receipt receipt = receiptFor(6);
        String text = receipt.encode();
        assertThat(text).startsWith("c2sp.org/tlog-proof@v1\nextra " + Base64.getEncoder().encodeToString(event(6)) + "\nindex 6\n");
        assertThat(text).contains("\n\nfed.example/record\n13\n");
        Receipt parsed = Receipt.parse(text);
        assertThat(parsed.event()).isEqualTo(event(6));
        assertThat(parsed.verify(signer.verifier()).ok()).isTrue();
    }

    @Test
    void rejects_a_receipt_whose_event_bytes_were_changed() {
        String text = receiptFor(6).encode().replace(Base64.getEncoder().encodeToString(event(6)),
                Base64.getEncoder().encodeToString(event(7)));
        Verdict v = Receipt.parse(text).verify(signer.verifier());
        assertThat(v.ok()).isFalse();
        assertThat(v.reason()).contains("event 6 is not proven");
    }

    @Test
    void rejects_a_receipt_under_a_checkpoint_of_another_key() {
        Verdict v = Receipt.parse(receiptFor(2).encode()).verify(NoteSigner.generate("fed.example/record", new SecureRandom()).verifier());
        assertThat(v.ok()).isFalse();
        assertThat(v.reason()).contains("not signed by the key");
    }

    @Test
    void rejects_a_receipt_with_another_index() {
        String text = receiptFor(4).encode().replace("\nindex 4\n", "\nindex 5\n");
        assertThat(Receipt.parse(text).verify(signer.verifier()).ok()).isFalse();
    }
}
