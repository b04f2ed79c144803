"""The soak of bench/soak.sh. Usage: python3 bench/soak.py PORT SERVICE_PID MINUTES WORK_DIR"""
import http.client
import random
import re
import subprocess
import sys
import threading
import time

PORT, PID, MINUTES, WORK = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
READS = [
    "/api/v1/contracts?limit=50",
    "/api/v1/contracts?emergency=true&sort=-amount&currency=USD&limit=20",
    "/api/v1/suppliers?name=MAXINSUMO&sort=relevance",
    "/api/v1/processes?limit=50",
    "/api/v1/stats/summary",
    "/api/v1/stats/concentration?by=supplier&top=10&currency=USD",
    "/api/v1/analytics/red-flags?limit=20",
    "/api/v1/releases?limit=20",
    "/api/v1/changes?limit=100",
    "/api/v1/quality",
]
lock = threading.Lock()
latencies, errors, statuses = [], [], {}
stop = time.monotonic() + MINUTES * 60


def record(status, took):
    with lock:
        statuses[status] = statuses.get(status, 0) + 1
        latencies.append(took)
        if status >= 500 or status == 0:
            errors.append(status)


def get(path, timeout=60):
    started = time.monotonic()
    try:
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
        c.request("GET", path)
        r = c.getresponse()
        r.read()
        c.close()
        status = r.status
    except OSError:
        status = 0
    record(status, time.monotonic() - started)


def reader():
    rng = random.Random()
    while time.monotonic() < stop:
        get(rng.choice(READS))


def exporter():
    while time.monotonic() < stop:
        get("/api/v1/contracts?format=csv", timeout=300)
        time.sleep(10)


def ingester():
    minute = 1
    while time.monotonic() < stop and minute <= MINUTES:
        with open(f"{WORK}/minute-{minute}.jsonl.gz", "rb") as f:
            body = f.read()
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=300)
        c.request("POST", "/api/v1/ingest?source=soak", body=body,
                  headers={"Authorization": "Bearer soak-key", "Content-Type": "application/x-ndjson"})
        r = c.getresponse()
        r.read()
        c.close()
        if r.status != 200:
            errors.append(f"ingest {r.status}")
        minute += 1
        time.sleep(max(0.0, 60 - (time.monotonic() % 60)))


def heap_after_gc_mb():
    subprocess.run(["jcmd", str(PID), "GC.run"], capture_output=True)
    info = subprocess.run(["jcmd", str(PID), "GC.heap_info"], capture_output=True, text=True).stdout
    used = re.search(r"used (\d+)K", info)
    return int(used.group(1)) // 1024 if used else -1


def rss_mb():
    with open(f"/proc/{PID}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return -1


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else 0


heap_start, rss_start = heap_after_gc_mb(), rss_mb()
threads = [threading.Thread(target=reader) for _ in range(8)]
threads += [threading.Thread(target=exporter), threading.Thread(target=ingester)]
for t in threads:
    t.start()
for t in threads:
    t.join()
heap_end, rss_end = heap_after_gc_mb(), rss_mb()
print(f"| minutes | requests | errors (5xx, refused) | p50 | p99 | heap after GC start → end | RSS start → end |")
print("|---:|---:|---:|---:|---:|---|---|")
print(f"| {MINUTES} | {len(latencies):,} | {len(errors)} | {percentile(latencies, 0.5) * 1000:.0f} ms "
      f"| {percentile(latencies, 0.99) * 1000:.0f} ms | {heap_start} → {heap_end} MB | {rss_start} → {rss_end} MB |")
print("statuses:", dict(sorted(statuses.items())), file=sys.stderr)
