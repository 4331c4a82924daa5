package org.mandate.core.credit;

import java.time.Instant;
import org.mandate.core.BodyId;

/**
 * One line of an account's history: {@code change} moved the balance to {@code balance}, to or from
 * {@code counterparty}. A payment names its {@code reference} and the {@code invoice} it paid, if any;
 * a settlement in a clearing names the {@code clearing} and the invoice it settled.
 */
public record Movement(Instant at, BodyId counterparty, long change, long balance, String reference, String invoice, String clearing) {}
