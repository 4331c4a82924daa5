/**
 * Page timing: a federation of 100,000 members in 1,000 assemblies grown through the server's own writer
 * (councils, delegates, mandates, seat votes, petitions and votes included), then the web pages fetched
 * over HTTP, open loop at a fixed rate, each latency counted from the request's due time, per kind of page;
 * and each page's weight in HTML, CSS and JavaScript.
 */
package org.mandate.bench.pages;
