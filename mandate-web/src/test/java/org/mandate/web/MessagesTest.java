package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.charter.Method;
import org.mandate.core.charter.Weighting;
import org.mandate.core.count.Verdict;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Amendment;
import org.mandate.web.site.Text;

/** Every word the pages show comes from the bundle: each key a template or a view names exists in messages.properties. */
class MessagesTest {
    private static final Pattern KEY = Pattern.compile("(?:localize|lookup|plain)\\(\"([A-Za-z0-9_.\\-]+)\"");
    private final Text text = Text.english();

    @Test
    void every_key_named_in_a_template_or_a_view_is_in_the_bundle() throws IOException {
        TreeSet<String> named = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                // Text.java documents the calls; keys ending in '.' are prefixes, checked name by name below.
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("Text.java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(named.stream().filter(k -> !k.endsWith(".") && !text.has(k)).toList()).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void every_key_made_from_a_name_of_the_core_is_in_the_bundle() {
        List<String> keys = new ArrayList<>();
        add(keys, "method.", Method.values());
        add(keys, "kind.", DecisionKind.values());
        add(keys, "verdict.", Verdict.values());
        add(keys, "charter.breach.", DelegationRules.BreachPolicy.values());
        add(keys, "charter.voting.", CouncilRules.VotingBy.values());
        add(keys, "charter.referral.", CouncilRules.Referral.values());
        add(keys, "charter.weighting.", Weighting.values());
        add(keys, "petition.kind.", PetitionKind.values());
        add(keys, "amendment.", Amendment.Status.values());
        for (String c : List.of("yes", "no", "abstain", "consent", "object", "agree", "stand_aside", "block")) {
            keys.add("choice." + c);
        }
        assertThat(keys.stream().filter(k -> !text.has(k)).toList()).isEmpty();
    }

    @Test
    void a_missing_key_shows_as_itself_so_it_is_seen() {
        assertThat(text.lookup("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(text.plain("note.signatures", 3, 10)).isEqualTo("3 of 10 signatures");
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> e : values) {
            keys.add(prefix + e.name().toLowerCase(Locale.ROOT));
        }
    }
}
