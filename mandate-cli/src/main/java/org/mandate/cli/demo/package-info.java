/**
 * The demo federation: a regional confederation with local and trade federations, forty assemblies and
 * two thousand members, generated deterministically from a seed as a list of the core's own commands,
 * for {@code ./mandate demo} to serve and for {@code ./mandate replay} to run.
 */
package org.mandate.cli.demo;
