#!/usr/bin/env python3
"""Times one preview server's answer to an edit: save a post, then wait for the reload announcement and for the
new text to be served. Prints the median of each, in milliseconds, as "EVENT_MS PAGE_MS".

Usage: measure.py site|hugo PORT POST_FILE PAGE_PATH RUNS [end|start]
  site: the reload event is read from site serve's event stream (/__site/events, server-sent events)
  hugo: from hugo server's livereload WebSocket (/livereload), after the protocol's hello
Each edit writes a unique marker line into POST_FILE: at its end (the default: the post's summary stays the same)
or at the start of its body ("start": the summary changes, so the lists and feeds that show it change too). The
page is polled every 5 ms until it shows the marker.
"""
import base64
import os
import socket
import statistics
import sys
import threading
import time
import urllib.request

kind, port, post, page, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
where = sys.argv[6] if len(sys.argv) > 6 else "end"
events = []  # monotonic times of reload announcements
lock = threading.Condition()


def announce():
    with lock:
        events.append(time.monotonic())
        lock.notify_all()


def sse():
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__site/events", timeout=600) as stream:
        for raw in stream:
            line = raw.decode("utf-8").strip()
            if line in ("event:reload", "event: reload"):
                announce()


def websocket():
    s = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += s.recv(4096)
    buf = buf.split(b"\r\n\r\n", 1)[1]
    hello = b'{"command":"hello","protocols":["http://livereload.com/protocols/official-7"]}'
    mask = os.urandom(4)
    s.sendall(bytes([0x81, 0x80 | len(hello)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(hello)))
    while True:
        while len(buf) < 2:
            buf += s.recv(65536)
        n = buf[1] & 0x7F
        head = 2
        if n == 126:
            while len(buf) < 4:
                buf += s.recv(65536)
            n, head = int.from_bytes(buf[2:4], "big"), 4
        elif n == 127:
            while len(buf) < 10:
                buf += s.recv(65536)
            n, head = int.from_bytes(buf[2:10], "big"), 10
        while len(buf) < head + n:
            buf += s.recv(65536)
        payload, buf = buf[head:head + n], buf[head + n:]
        if b'"reload"' in payload:
            announce()


def served(marker):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{page}", timeout=10) as r:
            return marker in r.read().decode("utf-8")
    except OSError:
        return False


def edit(marker):
    """Appends the marker, or puts it first in the body (after the front matter's closing line)."""
    if where == "end":
        with open(post, "a", encoding="utf-8") as f:
            f.write(f"\n{marker}\n")
        return
    with open(post, encoding="utf-8") as f:
        text = f.read()
    fence = text[:3]
    close = text.index("\n" + fence + "\n", 3) + len(fence) + 2
    with open(post, "w", encoding="utf-8") as f:
        f.write(text[:close] + f"{marker}\n\n" + text[close:])


threading.Thread(target=sse if kind == "site" else websocket, daemon=True).start()
time.sleep(1.0)
event_ms, page_ms = [], []
for i in range(runs):
    marker = f"bench-marker-{kind}-{i}-{time.time_ns()}"
    with lock:
        seen = len(events)
    start = time.monotonic()
    edit(marker)
    with lock:
        if not lock.wait_for(lambda: len(events) > seen, timeout=60):
            sys.exit(f"{kind}: no reload event within 60 s")
        event_ms.append((events[seen] - start) * 1000)
    while not served(marker):
        if time.monotonic() - start > 60:
            sys.exit(f"{kind}: the new text was not served within 60 s")
        time.sleep(0.005)
    page_ms.append((time.monotonic() - start) * 1000)
    time.sleep(1.5)  # let the server settle (and its burst window close) before the next edit
print(f"{statistics.median(event_ms):.0f} {statistics.median(page_ms):.0f}")
