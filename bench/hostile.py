"""The probes of bench/hostile.sh, against a service on 127.0.0.1 (loopback only, each bounded in time).

Usage: python3 bench/hostile.py PORT SERVICE_PID   (PG_STOP_COMMAND, PG_START_COMMAND, PG_PORT in the environment)
"""
import gzip
import http.client
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time

PORT = int(sys.argv[1])
PID = int(sys.argv[2])
KEY = "hostile-key"
MIB = 1 << 20


def rss_mb():
    try:
        with open(f"/proc/{PID}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return f"{int(line.split()[1]) // 1024} MB"
    except FileNotFoundError:
        pass
    return "service gone"


class Liveness(threading.Thread):
    """Asks /q/health/live every 200 ms and keeps the slowest answer (a timeout counts as 10 s)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.slowest = 0.0
        self.failures = 0
        self.running = True

    def run(self):
        while self.running:
            started = time.monotonic()
            try:
                c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
                c.request("GET", "/q/health/live")
                ok = c.getresponse().status == 200
                c.close()
            except OSError:
                ok = False
            took = time.monotonic() - started if ok else 10.0
            self.failures += 0 if ok else 1
            self.slowest = max(self.slowest, took)
            time.sleep(0.2)


def request(method, path, body=None, headers=None, timeout=120):
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    problem = ""
    if r.getheader("Content-Type", "").startswith("application/problem+json"):
        problem = json.loads(data).get("type", "").rsplit("/", 1)[-1]
    return r.status, problem, r.getheader("Retry-After")


rows = []


def probe(name, action):
    if not os.path.exists(f"/proc/{PID}"):
        rows.append((name, "not run: the service is gone", "", "", ""))
        return
    live = Liveness()
    live.start()
    started = time.monotonic()
    try:
        answer = action()
    except Exception as e:  # the probe's own failure is a result too
        answer = f"client error: {e}"
    took = time.monotonic() - started
    live.running = False
    live.join()
    rows.append((name, answer, f"{took:.2f} s", rss_mb(),
                 f"{live.slowest * 1000:.0f} ms" + (f", {live.failures} failed" if live.failures else "")))
    print(f"{name}: {answer} ({took:.2f} s)", file=sys.stderr)


def anonymous_upload():
    """The issue's probe: 1 GiB announced, sent after the 401 as an attacker's client would."""
    s = socket.create_connection(("127.0.0.1", PORT), timeout=30)
    n = 1 << 30
    s.sendall(b"POST /api/v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: %d\r\n\r\n" % n)
    sent = 0
    chunk = b" " * MIB
    try:
        while sent < n:
            s.sendall(chunk)
            sent += len(chunk)
    except OSError:
        pass
    status = "?"
    try:
        status = s.recv(64).split(b" ")[1].decode()
    except (OSError, IndexError):
        pass
    s.close()
    return f"{status}, connection closed after {sent // MIB} MiB of 1,024 sent"


def slow_exports(count=20, seconds=40):
    """count exports read at 1 KB/s, while pages are asked for alongside."""
    results = {}

    def reader(i):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.settimeout(seconds + 30)
        s.connect(("127.0.0.1", PORT))
        s.sendall(b"GET /api/v1/contracts?format=csv HTTP/1.1\r\nHost: x\r\n\r\n")
        first = s.recv(1024)
        status = first.split(b" ")[1].decode() if first else "closed"
        deadline = time.monotonic() + seconds
        received = len(first)
        try:
            while status == "200" and time.monotonic() < deadline:
                data = s.recv(1024)
                if not data:
                    status = "200 cut off"
                    break
                received += len(data)
                time.sleep(1)
        except OSError:
            status = "200 cut off"
        results[i] = status
        s.close()

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
        time.sleep(0.05)
    time.sleep(2)
    pages = []
    for _ in range(20):
        started = time.monotonic()
        status, _, _ = request("GET", "/api/v1/contracts?limit=50", timeout=30)
        pages.append((status, time.monotonic() - started))
        time.sleep(1)
    for t in threads:
        t.join()
    tally = {}
    for status in results.values():
        tally[status] = tally.get(status, 0) + 1
    ok_pages = sum(1 for status, _ in pages if status == 200)
    slowest = max(took for _, took in pages)
    exports = ", ".join(f"{n} × {status}" for status, n in sorted(tally.items()))
    return f"exports: {exports}; pages meanwhile: {ok_pages}/20 × 200, slowest {slowest * 1000:.0f} ms"


def database_outage():
    subprocess.run(os.environ["PG_STOP_COMMAND"], shell=True, check=True, capture_output=True)
    try:
        answers = set()
        for path in ("/api/v1/contracts?limit=1", "/api/v1/stats/summary", "/api/v1/contracts?format=csv"):
            status, problem, retry = request("GET", path, timeout=30)
            answers.add(f"{status} {problem} Retry-After {retry}")
        ready, _, _ = request("GET", "/q/health/ready", timeout=30)
    finally:
        subprocess.run(os.environ["PG_START_COMMAND"], shell=True, check=True, capture_output=True)
    started = time.monotonic()
    while request("GET", "/api/v1/contracts?limit=1", timeout=30)[0] != 200:
        time.sleep(0.1)
    recovered = time.monotonic() - started
    return f"{'; '.join(sorted(answers))}; ready {ready}; 200 again {recovered:.1f} s after the restart"


def post_gzip(payload, content_encoding=True):
    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    if content_encoding:
        headers["Content-Encoding"] = "gzip"
    status, problem, _ = request("POST", "/api/v1/ingest?source=hostile-probe", body=payload, headers=headers,
                                 timeout=600)
    return f"{status} {problem}".strip()


def huge_release_body():
    """One release with 40 MB of empty objects in an array, gzip'ed to a few tens of KB."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb") as z:
        z.write(b'{"ocid":"ocds-hostile-huge","id":"1","date":"2024-01-01T00:00:00Z","tender":{"items":[')
        block = b"{}," * (1 << 16)
        for _ in range((40 * MIB) // len(block)):
            z.write(block)
        z.write(b"{}]}}")
    return out.getvalue()


def nested_gzip_body(layers=10_000):
    body = b'{"ocid":"ocds-hostile-nested","id":"1","date":"2024-01-01T00:00:00Z"}'
    for _ in range(layers):
        body = gzip.compress(body, compresslevel=1)
    return body


def gzip_bomb_body():
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as z:
        block = b" " * (4 * MIB)
        for _ in range(1024):
            z.write(block)
    return out.getvalue()


def posted(body, what):
    """The probe for a body built beforehand, so that only the request is timed."""
    return lambda: f"{post_gzip(body, content_encoding=False)} ({what}, {len(body) // 1024:,} KB)"


def truncated_upload():
    """A JSON-lines body announced whole, cut at 60%: what does the ingest run record?"""
    lines = b"".join(
        json.dumps({"ocid": f"ocds-hostile-cut-{i}", "id": "1", "date": "2024-02-01T00:00:00Z"}).encode() + b"\n"
        for i in range(5000))
    s = socket.create_connection(("127.0.0.1", PORT), timeout=30)
    s.sendall(b"POST /api/v1/ingest?source=hostile-cut HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
              + KEY.encode() + b"\r\nContent-Type: application/x-ndjson\r\nContent-Length: %d\r\n\r\n" % len(lines))
    s.sendall(lines[: len(lines) * 6 // 10])
    s.close()
    time.sleep(3)
    status = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", os.environ["PG_PORT"], "-U", "postgres", "-d", "postgres", "-qtAX", "-c",
         "set search_path = opencompras; select r.status || ', ' || r.releases_read || ' read' from ingest_run r "
         "join source s on s.id = r.source_id where s.name = 'hostile-cut' order by r.id desc limit 1"],
        capture_output=True, text=True).stdout.strip()
    return f"ingest run recorded: {status or 'none'}"


print(f"service RSS at start: {rss_mb()}", file=sys.stderr)
probe("1 GiB upload without a key, client keeps sending", anonymous_upload)
probe("20 CSV exports read at 1 KB/s for 40 s", slow_exports)
probe("database stopped (immediate), then started", database_outage)
probe("one release of 40 MB of {} (gzip)", posted(huge_release_body(), "gzip"))
probe("10,000 nested gzip layers", posted(nested_gzip_body(), "10,000 layers"))
probe("gzip bomb: 4 GiB of spaces", posted(gzip_bomb_body(), "gzip of 4 GiB"))
probe("upload cut off at 60%", truncated_upload)

print("| probe | answer | time | RSS after | slowest liveness |")
print("|---|---|---:|---:|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
