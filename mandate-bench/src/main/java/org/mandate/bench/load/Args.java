package org.mandate.bench.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs, each name one of those the program knows, with defaults. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, Map<String, String> defaults) {
        values.putAll(defaults);
        Set<String> known = defaults.keySet();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown or incomplete option " + args[i] + "; options (with defaults): " + defaults);
            }
            values.put(name, args[++i]);
        }
    }

    String get(String name) {
        return values.get(name);
    }

    int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    double[] rates(String name) {
        return Ladder.parseRates(values.get(name));
    }

    /** The first line of a program's output: what was asked, and of what machine, so a log stands on its own. */
    static String banner(String program, String[] argv) {
        return String.format("%s %s; %d cores; load %s; %s", program, java.util.Arrays.toString(argv),
                Runtime.getRuntime().availableProcessors(), Ladder.loadAverage(), Runtime.version());
    }
}
