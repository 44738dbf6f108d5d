package org.eventline.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs eventline like {@link Main#main}, then prints the peak heap it used, summed over the heap's
 * memory pools, as {@code peak heap: N KB} on standard output. Tests run it with the real jar on
 * the class path and a small {@code -Xmx} to measure and bound the memory a hostile input costs.
 */
public final class PeakHeap {
  private PeakHeap() {}

  public static void main(String[] args) {
    int exit =
        Main.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("peak heap: " + peak / 1024 + " KB");
    System.exit(exit);
  }
}
