/**
 * Labour values of a million goods (issue 8): the method shipped in
 * {@code org.mandate.economy.planning.labour} beside the alternatives it was chosen over, measured in
 * the same run on the same table, and a plain pass over that table as the physical reference. The
 * alternatives live here only, to keep the decision reproducible.
 */
package org.mandate.bench.labour;
