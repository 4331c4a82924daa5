package org.mandate.web.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.ProposalId;
import org.mandate.core.office.Permission;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.web.site.Form;
import org.mandate.web.site.Text;

/**
 * Reads the body page's "propose" form into the core's SubmitProposal, for the kinds members propose
 * most: a resolution, a choice between options, the election of an office, and (in an assembly) the
 * election of its delegates to a council. Only the shape is checked here, each message beside its
 * field; whether the body may decide it (a council's competence, candidates, windows) is the core's
 * rule, whose sentence the page shows if it refuses.
 */
final class ProposeForm {
    static final List<String> KINDS = List.of("resolution", "choice", "office", "delegates");

    private ProposeForm() {}

    static ProposalCommand.SubmitProposal parse(ProposalId id, BodyId body, Map<String, List<String>> fields, Map<String, String> errors, Text t) {
        String kind = Form.first(fields, "kind");
        String title = text(fields, "title");
        String competence = text(fields, "competence");
        if (kind == null || !KINDS.contains(kind)) {
            errors.put("kind", t.plain("vote.pick"));
            kind = "";
        }
        if (title.isEmpty()) {
            errors.put("title", t.plain("propose.title.missing"));
        }
        List<String> options = List.of();
        Motion motion = null;
        switch (kind) {
            case "resolution" -> motion = new Motion.Resolution();
            case "choice" -> {
                options = options(fields, errors, t);
                motion = new Motion.Choice();
            }
            case "office" -> {
                String office = text(fields, "office");
                if (office.isEmpty()) {
                    errors.put("office", t.plain("propose.office.missing"));
                }
                Integer seats = whole(fields, "seats", 1, errors, t);
                List<Permission> permissions = new ArrayList<>();
                for (String p : fields.getOrDefault("permissions", List.of())) {
                    for (Permission x : Permission.values()) {
                        if (x.name().toLowerCase(Locale.ROOT).equals(p)) {
                            permissions.add(x);
                        }
                    }
                }
                motion = seats == null ? null : new Motion.ElectOffice(office, permissions, seats);
            }
            case "delegates" -> {
                String council = text(fields, "council");
                if (!Ids.valid(council)) {
                    errors.put("council", t.plain("propose.council.missing"));
                }
                Integer alternates = whole(fields, "alternates", 0, errors, t);
                motion = alternates == null || !Ids.valid(council) ? null : new Motion.ElectDelegates(new BodyId(council), alternates);
            }
            default -> { }
        }
        if (!errors.isEmpty() || motion == null) {
            return null;
        }
        return new ProposalCommand.SubmitProposal(id, body, title, text(fields, "text"), motion, options, competence.isEmpty() ? null : competence);
    }

    /** One option per line, each a short name the record can hold as an id. */
    private static List<String> options(Map<String, List<String>> fields, Map<String, String> errors, Text t) {
        List<String> out = new ArrayList<>();
        for (String line : text(fields, "options").split("\\R")) {
            String o = line.strip();
            if (o.isEmpty()) {
                continue;
            }
            if (!Ids.valid(o)) {
                errors.put("options", t.plain("propose.option.bad", o));
                return List.of();
            }
            out.add(o);
        }
        if (out.size() < 2) {
            errors.put("options", t.plain("propose.options.few"));
        }
        return out;
    }

    private static Integer whole(Map<String, List<String>> fields, String field, int least, Map<String, String> errors, Text t) {
        String raw = text(fields, field);
        try {
            int n = Integer.parseInt(raw);
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put(field, t.plain("propose.number", least));
        return null;
    }

    private static String text(Map<String, List<String>> fields, String field) {
        String v = Form.first(fields, field);
        return v == null ? "" : v.strip();
    }
}
