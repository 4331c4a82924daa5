/**
 * The federation graph: for each axis (territory, trade…), the bodies federated along it drawn as a
 * layered SVG on the server, assemblies on the left and the councils they belong to to the right, each
 * body a link to its page. The layout is computed in Java, deterministically; no script draws it.
 */
package org.mandate.web.federation;
