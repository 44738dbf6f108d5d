/**
 * The command line (picocli): parses arguments, calls {@code pipeline}, prints problems and maps
 * outcomes to exit codes. No domain logic here; nothing depends on this package.
 */
package org.eventline.cli;
