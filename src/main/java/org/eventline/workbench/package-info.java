/**
 * The curator's workbench ({@code eventline serve}): a local web server over a seeds folder, its
 * security checks ({@link org.eventline.workbench.Guard}), the pages and the JSON the page's script
 * works from. It reads and writes only through {@code pipeline} (the editing core and validate);
 * only {@code cli} starts it. The page's script and stylesheet are resources beside this package.
 */
package org.eventline.workbench;
