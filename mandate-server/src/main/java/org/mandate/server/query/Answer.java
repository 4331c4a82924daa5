package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a query found, built whole inside the read call: a JSON document, or a problem to report (an
 * unknown id, a bad page request). Bad input from outside is an answer, not an exception.
 */
public sealed interface Answer {
    record Found(ObjectNode json) implements Answer {}

    record Problem(int status, String kind, String detail) implements Answer {}

    static Problem notFound(String kind, String detail) {
        return new Problem(404, kind, detail);
    }

    static Problem badRequest(String kind, String detail) {
        return new Problem(400, kind, detail);
    }
}
