package org.mandate.core.proposal;

import java.time.Instant;
import org.mandate.core.MemberId;

/** One entry of a proposal's deliberation record. */
public record Comment(String id, MemberId author, Instant at, String text, String replyTo) {}
