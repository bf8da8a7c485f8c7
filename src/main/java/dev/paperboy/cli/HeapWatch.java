package dev.paperboy.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Warns once when a full collection leaves the heap nearly full. From then on a run spends most of its time
 * collecting, for minutes on a large site, before it runs out of memory; told at once, the user can stop it and
 * give it a larger heap.
 */
final class HeapWatch {
    /** Live data above this share of the old generation after a full collection: the heap is too small. */
    static final double NEARLY_FULL = 0.9;

    private HeapWatch() {
    }

    /** Watches the old generation of whichever collector runs. */
    static void start(PrintWriter err) {
        AtomicBoolean warned = new AtomicBoolean();
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((notification, unused) -> {
            if (notification.getType().equals(MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED)
                    && warned.compareAndSet(false, true)) {
                MemoryUsage usage = MemoryNotificationInfo.from((CompositeData) notification.getUserData()).getUsage();
                err.println(nearlyFull(usage.getUsed(), usage.getMax(), Runtime.getRuntime().maxMemory()));
            }
        }, null, null);
        oldGenerations().forEach(pool -> pool.setCollectionUsageThreshold(
                (long) (pool.getUsage().getMax() * NEARLY_FULL)));
    }

    /** The heap pools with a usage threshold and a size limit: the old generation, whichever collector runs. */
    static List<MemoryPoolMXBean> oldGenerations() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()
                        && pool.isCollectionUsageThresholdSupported() && pool.getUsage().getMax() > 0)
                .toList();
    }

    static String nearlyFull(long usedBytes, long poolBytes, long maxHeapBytes) {
        return "paperboy: warning: the Java heap is nearly full (" + (usedBytes >> 20) + " of " + (poolBytes >> 20)
                + " MB still in use after a full collection), so this run will slow down and may run out of memory;"
                + " stop it and run again with " + Main.largerHeap(maxHeapBytes);
    }
}
