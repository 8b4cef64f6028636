package site.api.ops;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.List;

/** Times each request and tells the observers when it has completed, whatever status it ended with. */
public final class ObservedHandler implements HttpHandler {
    private final List<RequestObserver> observers;
    private final HttpHandler next;

    public ObservedHandler(List<RequestObserver> observers, HttpHandler next) {
        this.observers = List.copyOf(observers);
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long start = System.nanoTime();
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                long nanos = System.nanoTime() - start;
                for (RequestObserver observer : observers) observer.completed(done, nanos);
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }
}
