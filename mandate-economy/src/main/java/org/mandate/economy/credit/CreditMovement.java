package org.mandate.economy.credit;

import org.mandate.core.BodyId;

/** One account's balance before and after the settlement: down for a payer, up for a body credited. */
public record CreditMovement(BodyId body, long balanceBefore, long balanceAfter, long limit) {
    public long change() {
        return balanceAfter - balanceBefore;
    }
}
