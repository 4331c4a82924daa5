package org.mandate.record.proof;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.mandate.record.merkle.Hasher;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.TreeMath;

/**
 * The verification algorithms of RFC 9162 sections 2.1.3.2 (inclusion) and 2.1.4.2
 * (consistency), step for step, so that they can be read against the RFC. Every input may come
 * from an adversary; every failure says which check failed.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    public static Verdict verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return Verdict.fails("leaf index " + leafIndex + " is outside a tree of size " + treeSize);
        }
        Verdict shape = checkHashes(leafHash, root, proof);
        if (!shape.ok()) {
            return shape;
        }
        Hasher hasher = new Hasher();
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash.clone();
        for (byte[] p : proof) {
            if (sn == 0) {
                return Verdict.fails("the proof has more hashes than a tree of size " + treeSize + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = hasher.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Verdict.fails("the proof has fewer hashes than a tree of size " + treeSize + " needs");
        }
        if (!MessageDigest.isEqual(r, root)) {
            return Verdict.fails("the proof leads to root " + Hashes.hex(r) + ", not to " + Hashes.hex(root));
        }
        return Verdict.holds();
    }

    public static Verdict verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 < 0 || size2 < size1) {
            return Verdict.fails("a tree of size " + size2 + " cannot extend one of size " + size1);
        }
        if (size1 == 0) {
            // Every tree extends the empty one; a "proof" of it proves nothing, so none is accepted.
            return Verdict.fails("a consistency proof from the empty tree is meaningless; every tree extends it");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                return Verdict.fails("equal sizes need an empty proof, not " + proof.size() + " hashes");
            }
            return MessageDigest.isEqual(root1, root2) ? Verdict.holds()
                    : Verdict.fails("two different roots for the same size " + size1);
        }
        if (proof.isEmpty()) {
            return Verdict.fails("the proof from size " + size1 + " to " + size2 + " is empty");
        }
        Verdict shape = checkHashes(root1, root2, proof);
        if (!shape.ok()) {
            return shape;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (TreeMath.isPowerOfTwo(size1)) {
            path.addFirst(root1);
        }
        Hasher hasher = new Hasher();
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return Verdict.fails("the proof has more hashes than sizes " + size1 + " and " + size2 + " need");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.node(c, fr);
                sr = hasher.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = hasher.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Verdict.fails("the proof has fewer hashes than sizes " + size1 + " and " + size2 + " need");
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            return Verdict.fails("the proof does not lead to the old root at size " + size1);
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            return Verdict.fails("the proof does not lead to the new root at size " + size2);
        }
        return Verdict.holds();
    }

    private static Verdict checkHashes(byte[] a, byte[] b, List<byte[]> proof) {
        if (a == null || b == null || a.length != Hashes.SIZE || b.length != Hashes.SIZE) {
            return Verdict.fails("a hash has " + Hashes.SIZE + " bytes");
        }
        for (int i = 0; i < proof.size(); i++) {
            if (proof.get(i) == null || proof.get(i).length != Hashes.SIZE) {
                return Verdict.fails("proof hash " + i + " is not " + Hashes.SIZE + " bytes long");
            }
        }
        return Verdict.holds();
    }
}
