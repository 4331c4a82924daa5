package org.mandate.codec;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded damage to JSON text: one to three deletions, insertions or overwrites with pieces that look like JSON. */
final class Damage {
    private Damage() {
    }

    static String of(String json, List<String> pieces, SplittableRandom random) {
        StringBuilder text = new StringBuilder(json);
        for (int k = 1 + random.nextInt(3); k > 0 && !text.isEmpty(); k--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, pieces.get(random.nextInt(pieces.size())));
                default -> text.replace(at, Math.min(text.length(), at + 1 + random.nextInt(8)), pieces.get(random.nextInt(pieces.size())));
            }
        }
        return text.toString();
    }
}
