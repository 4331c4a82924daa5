package org.mandate.record.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandate.record.merkle.MerkleTree;

class CheckpointPublisherTest {

    private final NoteSigner signer = NoteSigner.generate("fed.example/record", new SecureRandom());

    private static MerkleTree treeOf(int n) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < n; i++) {
            tree.append(("event " + i).getBytes());
        }
        return tree;
    }

    @Test
    void publishes_at_most_once_a_second_and_only_when_the_tree_grew() {
        MerkleTree tree = treeOf(3);
        CheckpointPublisher publisher = new CheckpointPublisher(tree, signer, Optional.empty());
        SignedCheckpoint first = publisher.publishIfDue(10_000).orElseThrow();
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.check(signer.verifier())).isEqualTo(SignatureStatus.VALID);
        tree.append("event 3".getBytes());
        assertThat(publisher.publishIfDue(10_999)).isEmpty();
        assertThat(publisher.publishIfDue(11_000).orElseThrow().size()).isEqualTo(4);
        assertThat(publisher.publishIfDue(20_000)).as("nothing new").isEmpty();
        tree.append("event 4".getBytes());
        assertThat(publisher.publishIfDue(5_000)).as("clock stepped back").isEmpty();
        assertThat(publisher.latest().orElseThrow().size()).isEqualTo(4);
    }

    @Test
    void refuses_to_sign_a_tree_that_does_not_extend_the_last_signed_checkpoint() {
        SignedCheckpoint signedElsewhere = SignedCheckpoint.sign(
                new Checkpoint("fed.example/record", 2, treeOf(2).root()), signer);
        MerkleTree forked = new MerkleTree();
        forked.append(List.of("event 0".getBytes(), "other 1".getBytes(), "event 2".getBytes()));
        CheckpointPublisher publisher = new CheckpointPublisher(forked, signer, Optional.of(signedElsewhere));
        assertThatThrownBy(() -> publisher.publishIfDue(0))
                .isInstanceOf(InconsistentCheckpointException.class).hasMessageContaining("does not extend");
    }

    @Test
    void refuses_a_smaller_size_or_the_same_size_with_another_root() {
        MerkleTree tree = treeOf(5);
        ConsistentSigner guard = new ConsistentSigner(signer, Optional.empty());
        guard.sign(new Checkpoint("fed.example/record", 5, tree.root()), List.of());
        assertThatThrownBy(() -> guard.sign(new Checkpoint("fed.example/record", 4, tree.root(4)), List.of()))
                .isInstanceOf(InconsistentCheckpointException.class).hasMessageContaining("already signed");
        assertThatThrownBy(() -> guard.sign(new Checkpoint("fed.example/record", 5, tree.root(4)), List.of()))
                .isInstanceOf(InconsistentCheckpointException.class).hasMessageContaining("same size");
        assertThat(guard.sign(new Checkpoint("fed.example/record", 5, tree.root()), List.of()).size()).isEqualTo(5);
    }

    @Test
    void continues_from_a_checkpoint_signed_before_a_restart() {
        MerkleTree tree = treeOf(7);
        SignedCheckpoint before = SignedCheckpoint.sign(new Checkpoint("fed.example/record", 4, tree.root(4)), signer);
        CheckpointPublisher publisher = new CheckpointPublisher(tree, signer, Optional.of(SignedCheckpoint.parse(before.note())));
        assertThat(publisher.publishIfDue(0).orElseThrow().size()).isEqualTo(7);
    }
}
