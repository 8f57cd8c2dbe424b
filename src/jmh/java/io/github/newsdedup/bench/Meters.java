package io.github.newsdedup.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/** Process CPU time, GC time and heap peaks from the platform MXBeans. */
final class Meters {
  private Meters() {}

  /** Returns the CPU time of the whole process in nanoseconds, or -1 if unsupported. */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  /** Returns the accumulated collection time of all collectors in milliseconds. */
  static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, gc.getCollectionTime());
    }
    return t;
  }

  /** Returns the collector names, e.g. "PS Scavenge+PS MarkSweep". */
  static String gcNames() {
    StringBuilder sb = new StringBuilder();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sb.append(sb.length() == 0 ? "" : "+").append(gc.getName());
    }
    return sb.toString();
  }

  /** Resets the peak usage of all heap pools. */
  static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /**
   * Returns the sum of the heap pools' peak usage since the last reset: an upper bound of the heap
   * in use at any moment (pools peak at different times), garbage included.
   */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        MemoryUsage u = p.getPeakUsage();
        if (u != null) {
          sum += u.getUsed();
        }
      }
    }
    return sum;
  }

  /** Returns the heap in use after the last collection of each pool (the live data), summed. */
  static long liveAfterGcBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        MemoryUsage u = p.getCollectionUsage();
        if (u != null) {
          sum += u.getUsed();
        }
      }
    }
    return sum;
  }

  /** Returns heap in use after a full collection (best effort), for retained-size estimates. */
  static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  /** A background sampler of the live heap: the largest old-generation occupancy after GC. */
  static final class LiveSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean stop;
    private volatile long maxLive;

    LiveSampler() {
      thread =
          new Thread(
              () -> {
                while (!stop) {
                  maxLive = Math.max(maxLive, liveAfterGcBytes());
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "live-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long maxLive() {
      return Math.max(maxLive, liveAfterGcBytes());
    }

    @Override
    public void close() {
      stop = true;
      thread.interrupt();
    }
  }
}
