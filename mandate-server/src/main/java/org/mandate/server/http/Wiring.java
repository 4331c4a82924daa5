package org.mandate.server.http;

import java.time.Clock;
import org.mandate.codec.Codec;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;

/**
 * What every group of routes is given: the engine (writer and read model), the accounts, the codec and
 * the clock. Routes translate between HTTP and these; they hold no rules of their own.
 */
public record Wiring(Engine engine, Accounts accounts, Codec codec, Clock clock) {}
