package site.api.ops;

import java.util.concurrent.atomic.AtomicBoolean;

/** Whether the server takes new traffic; it turns false first when shutting down. */
public final class Readiness {
    private final AtomicBoolean ready = new AtomicBoolean(true);

    public boolean isReady() {
        return ready.get();
    }

    public void refuseTraffic() {
        ready.set(false);
    }
}
