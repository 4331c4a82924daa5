package org.mandate.web.proposal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.Method;
import org.mandate.core.council.CouncilCommand;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/**
 * {@code /proposals/{id}} and its forms: a vote, a delegate's vote in a seat, a comment, an amendment
 * and support for one. Each form is one of the core's commands; the page holds no rule of its own.
 */
public final class ProposalPages {
    private final Site site;

    public ProposalPages(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/proposals/{id}", ctx -> show(ctx, 200, Form.NONE));
        config.routes.post("/proposals/{id}/vote", ctx -> post(ctx, "vote", this::vote));
        config.routes.post("/proposals/{id}/seat-vote", ctx -> post(ctx, "seat", this::seatVote));
        config.routes.post("/proposals/{id}/comments", ctx -> post(ctx, "comment", this::comment));
        config.routes.post("/proposals/{id}/amendments", ctx -> post(ctx, "amend", this::amend));
        config.routes.post("/proposals/{id}/support", ctx -> post(ctx, "support", this::support));
    }

    private void show(Context ctx, int status, Form form) {
        String id = ctx.pathParam("id");
        MemberId me = site.caller(ctx).member().orElse(null);
        ProposalView view = !Ids.valid(id) ? null : site.read(state -> {
            Proposal p = state.proposal(new ProposalId(id));
            return p == null ? null : ProposalView.of(state, p, me, site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("proposal.unknown", id));
            return;
        }
        site.render(ctx, status, "proposal.jte", view.title(), view, form);
    }

    /** Reads the form into a command for the proposal named in the path. */
    private interface Reader {
        Command read(ProposalId id, Map<String, List<String>> fields, Map<String, String> errors);
    }

    private void post(Context ctx, String form, Reader reader) throws Exception {
        String raw = ctx.pathParam("id");
        if (!Ids.valid(raw)) {
            site.problem(ctx, 404, site.text().plain("proposal.unknown", raw));
            return;
        }
        ProposalId id = new ProposalId(raw);
        Act.post(site, ctx, form, (fields, errors, member) -> reader.read(id, fields, errors), this::show,
                "/proposals/" + raw + "#" + form);
    }

    /** The method and options of the vote, as the record holds them; null for an unknown or unpublished proposal. */
    private record Shape(Method method, List<String> options) {}

    private Shape shape(ProposalId id) {
        return site.read(state -> {
            Proposal p = state.proposal(id);
            return p == null || p.rule() == null ? null : new Shape(p.rule().method(), List.copyOf(p.options()));
        });
    }

    private Command vote(ProposalId id, Map<String, List<String>> fields, Map<String, String> errors) {
        Shape s = shape(id);
        if (s == null) {
            // Unknown, or still a draft: the core refuses it by name whatever the ballot.
            return new ProposalCommand.CastVote(id, new Ballot.YesNo(Ballot.Choice.ABSTAIN));
        }
        Ballot ballot = BallotForm.parse(s.method(), s.options(), fields, errors, site.text());
        return errors.isEmpty() ? new ProposalCommand.CastVote(id, ballot) : null;
    }

    private Command seatVote(ProposalId id, Map<String, List<String>> fields, Map<String, String> errors) {
        String body = BallotForm.one(fields, "body");
        if (body == null || !Ids.valid(body)) {
            errors.put("body", site.text().plain("seat.body.missing"));
            return null;
        }
        if ("split".equals(BallotForm.one(fields, "cast"))) {
            return new CouncilCommand.CastSeatVote(id, new BodyId(body), null);
        }
        Shape s = shape(id);
        Ballot ballot = s == null ? new Ballot.YesNo(Ballot.Choice.ABSTAIN) : BallotForm.parse(s.method(), s.options(), fields, errors, site.text());
        return errors.isEmpty() ? new CouncilCommand.CastSeatVote(id, new BodyId(body), ballot) : null;
    }

    private Command comment(ProposalId id, Map<String, List<String>> fields, Map<String, String> errors) {
        String text = BallotForm.one(fields, "text");
        if (text == null || text.isBlank()) {
            errors.put("text", site.text().plain("comment.empty"));
            return null;
        }
        int n = site.read(state -> state.proposal(id) == null ? 0 : state.proposal(id).comments().size());
        String reply = BallotForm.one(fields, "replyTo");
        return new ProposalCommand.PostComment(id, "c" + (n + 1), text.strip(), reply == null || reply.isBlank() ? null : reply);
    }

    private Command amend(ProposalId id, Map<String, List<String>> fields, Map<String, String> errors) {
        String text = BallotForm.one(fields, "text");
        if (text == null || text.isBlank()) {
            errors.put("text", site.text().plain("amendment.empty"));
            return null;
        }
        int n = site.read(state -> state.proposal(id) == null ? 0 : state.proposal(id).amendments().size());
        return new ProposalCommand.ProposeAmendment(id, "a" + (n + 1), text.strip());
    }

    private Command support(ProposalId id, Map<String, List<String>> fields, Map<String, String> errors) {
        String amendment = BallotForm.one(fields, "amendment");
        String how = BallotForm.one(fields, "support");
        if (amendment == null || how == null) {
            errors.put("support", site.text().plain("vote.pick"));
            return null;
        }
        return new ProposalCommand.SupportAmendment(id, amendment, "yes".equals(how));
    }
}
