package org.mandate.core.member;

import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Outcome;
import org.mandate.core.member.MemberCommand.RegisterMember;
import org.mandate.core.member.MemberEvent.MemberRegistered;
import org.mandate.core.rule.Rejection;

/** Decides and folds member commands and events. */
public final class MemberRules {
    private MemberRules() {}

    public static Outcome decide(Federation state, MemberCommand command, Context ctx) {
        return switch (command) {
            case RegisterMember c -> {
                if (ctx.actor() == null) {
                    yield Outcome.refuse(new Rejection.NoActingMember());
                }
                if (!ctx.actor().equals(c.member())) {
                    yield Outcome.refuse(new Rejection.ActingForAnother(ctx.actor(), c.member()));
                }
                if (state.member(c.member()) != null) {
                    yield Outcome.refuse(new Rejection.AlreadyRegistered(c.member()));
                }
                yield Outcome.accept(new MemberRegistered(ctx.now(), c.member()));
            }
        };
    }

    public static void evolve(Federation state, MemberEvent event) {
        switch (event) {
            case MemberRegistered e -> state.add(new Member(e.member(), e.at()));
        }
    }
}
