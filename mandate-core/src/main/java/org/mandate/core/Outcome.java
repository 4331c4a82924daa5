package org.mandate.core;

import java.util.List;
import org.mandate.core.rule.Rejection;

/** What became of a command: accepted whole, with its events, or refused whole, naming the rule. */
public sealed interface Outcome {

    record Accepted(List<Event> events) implements Outcome {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Refused(Rejection rejection) implements Outcome {}

    static Outcome accept(Event... events) {
        return new Accepted(List.of(events));
    }

    static Outcome accept(List<Event> events) {
        return new Accepted(events);
    }

    static Outcome refuse(Rejection rejection) {
        return new Refused(rejection);
    }
}
