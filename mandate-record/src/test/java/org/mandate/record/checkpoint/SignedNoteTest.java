package org.mandate.record.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

/** Known answers from golang.org/x/mod/sumdb/note and the C2SP signed-note spec, used as data. */
class SignedNoteTest {

    private static final String GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void signs_the_go_reference_note_byte_for_byte() {
        NoteSigner signer = NoteSigner.parse(GO_SKEY);
        assertThat(signer.verifier().vkey()).isEqualTo(GO_VKEY);
        assertThat(signer.skey()).isEqualTo(GO_SKEY);
        assertThat(SignedNote.sign(GO_TEXT, signer).encode()).isEqualTo(GO_NOTE);
    }

    @Test
    void verifies_the_c2sp_spec_example() {
        NoteVerifier v = NoteVerifier.parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k");
        SignedNote note = SignedNote.parse("This is an example message.\n\n"
                + "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n");
        assertThat(note.check(v)).isEqualTo(SignatureStatus.VALID);
    }

    @Test
    void rejects_a_note_whose_text_was_changed() {
        String forged = GO_NOTE.replace("don't", "do");
        assertThat(SignedNote.parse(forged).check(NoteVerifier.parse(GO_VKEY))).isEqualTo(SignatureStatus.INVALID);
    }

    @Test
    void ignores_signatures_of_other_keys_and_says_none_is_by_the_expected_one() {
        NoteSigner other = NoteSigner.generate("PeterNeumann", new SecureRandom());
        SignedNote byOther = SignedNote.sign(GO_TEXT, other);
        assertThat(byOther.check(NoteVerifier.parse(GO_VKEY))).isEqualTo(SignatureStatus.ABSENT);
    }

    @Test
    void keeps_the_signed_text_including_blank_lines_inside_it() {
        NoteSigner signer = NoteSigner.generate("example.org/log", new SecureRandom());
        String text = "first\n\nthird\n";
        SignedNote parsed = SignedNote.parse(SignedNote.sign(text, signer).encode());
        assertThat(parsed.text()).isEqualTo(text);
        assertThat(parsed.check(signer.verifier())).isEqualTo(SignatureStatus.VALID);
    }

    @Test
    void rejects_a_verifier_key_whose_id_does_not_match_its_key() {
        assertThatThrownBy(() -> NoteVerifier.parse(GO_VKEY.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(MalformedNoteException.class).hasMessageContaining("key ID");
    }

    @Test
    void rejects_notes_without_signatures_or_with_control_characters() {
        assertThatThrownBy(() -> SignedNote.parse(GO_TEXT + "\n")).isInstanceOf(MalformedNoteException.class);
        assertThatThrownBy(() -> SignedNote.parse("a\tb\n\n\u2014 x AAAAAAAA\n")).isInstanceOf(MalformedNoteException.class);
    }
}
