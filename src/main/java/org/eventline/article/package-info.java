/**
 * Articles read exactly: the header (publication date, optional title/source/url) and the text with
 * every character kept, so that quotes can be checked against it. Depends only on {@code
 * org.eventline}.
 */
package org.eventline.article;
