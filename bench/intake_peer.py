#!/usr/bin/env python3
"""The peer of bench/intake_bench.cpp: the same CSV read with Python's csv
module, each row checked (coordinates, prefixes, AS) and stored with sqlite3
in one transaction. Prints the medians of N runs in milliseconds, wall clock
and CPU time of the process."""
import csv
import ipaddress
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time


def run(data):
    rows = []
    for r in csv.DictReader(io.StringIO(data)):
        lat, lon = float(r["latitude"]), float(r["longitude"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180
        prefixes = [str(ipaddress.ip_network(p)) for p in r["lan_prefixes"].replace(";", " ").split()]
        asn = int(r["customer_as"] or 0)
        assert 0 <= asn <= 4294967295
        rows.append((r["site_id"], r["name"], r["address"], r["city"], r["postal_code"], r["country_code"],
                     lat, lon, r["role"], r["bandwidth"], r["access_type"], r["resiliency"], " ".join(prefixes),
                     r["routing"], asn))
    with tempfile.TemporaryDirectory() as d:
        db = sqlite3.connect(os.path.join(d, "peer.db"))
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE sites (site_id TEXT PRIMARY KEY, name TEXT, street TEXT, city TEXT, postal_code TEXT,"
                   " country_code TEXT, latitude REAL, longitude REAL, role TEXT, bandwidth TEXT, access_type TEXT,"
                   " resiliency TEXT, lan_prefixes TEXT, routing TEXT, customer_as INTEGER)")
        with db:
            db.executemany("INSERT INTO sites VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.close()
    return len(rows)


def main():
    path, repetitions = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
    data = open(path, encoding="utf-8").read()
    wall, cpu = [], []
    for _ in range(repetitions):
        start, start_cpu = time.perf_counter(), time.process_time()
        count = run(data)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    print(f"python_csv_sqlite3 {count} sites: median {statistics.median(wall):.1f} ms wall "
          f"{statistics.median(cpu):.1f} ms cpu over {repetitions} runs")


main()
