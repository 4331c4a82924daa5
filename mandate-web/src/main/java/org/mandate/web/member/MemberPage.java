package org.mandate.web.member;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionKind;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /members/{id}}: a member, and for a delegate every vote beside its mandate; the form that opens a recall petition. */
public final class MemberPage {
    private final Site site;

    public MemberPage(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/members/{id}", ctx -> show(ctx, 200, Form.NONE));
        config.routes.post("/members/{id}/recall", this::recall);
    }

    private void show(Context ctx, int status, Form form) {
        String id = ctx.pathParam("id");
        if (!Ids.valid(id)) {
            site.problem(ctx, 404, site.text().plain("member.unknown", id));
            return;
        }
        MemberId viewer = site.caller(ctx).member().orElse(null);
        MemberView view = site.read(state -> MemberView.of(state, new MemberId(id), viewer, site.text()));
        site.render(ctx, view.registered() ? status : 404, "member.jte", site.text().plain("member.title", id), view, form);
    }

    private void recall(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (!Ids.valid(id)) {
            site.problem(ctx, 404, site.text().plain("member.unknown", id));
            return;
        }
        Act.post(site, ctx, "recall", (fields, errors, member) -> recallCommand(new MemberId(id), fields, errors), this::show,
                "/members/" + id + "#recall");
    }

    /** The role is sent as {@code body|council|id} or {@code body|office|name}; the petition's id is made from the target and the time. */
    private Command recallCommand(MemberId target, Map<String, List<String>> fields, Map<String, String> errors) {
        String role = Form.first(fields, "role");
        String reason = Form.first(fields, "reason");
        String[] parts = role == null ? new String[0] : role.split("\\|", 3);
        if (parts.length != 3 || !Ids.valid(parts[0])) {
            errors.put("role", site.text().plain("recall.role.missing"));
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", site.text().plain("recall.reason.missing"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        boolean seat = parts[1].equals("council");
        String petition = Ids.derive("recall." + target.value() + "." + site.now().getEpochSecond());
        return new PetitionCommand.OpenPetition(petition, PetitionKind.RECALL, new BodyId(parts[0]),
                site.text().plain("recall.petition.title", target.value()), reason.strip(), target,
                seat && Ids.valid(parts[2]) ? new BodyId(parts[2]) : null, seat ? null : parts[2]);
    }
}
