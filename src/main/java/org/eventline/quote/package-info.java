/**
 * Verbatim quote matching: offsets in code points, and near-miss diagnosis (quote marks, dashes,
 * ellipsis, white space, letter case, closest passage). Depends on {@code article}.
 */
package org.eventline.quote;
