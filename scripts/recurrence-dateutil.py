#!/usr/bin/env python3
"""python-dateutil's answers for generated recurrence cases (used by
scripts/recurrence-reference.mjs; see test/domain/recurrence-reference.ts).

Reads a JSON list of cases from stdin: {"rrule", "start" (wall-clock seconds
since 1970, floating), "lastDay" (days since 1970), "max"}; writes a JSON
list with, for each case, dateutil's wall-clock values up to the last day
(at most "max"), or null when dateutil took longer than 5 seconds.
"""
import json
import signal
import sys
from datetime import datetime, timedelta

from dateutil import __version__
from dateutil.rrule import rrulestr

EPOCH = datetime(1970, 1, 1)


class Slow(Exception):
    pass


def on_alarm(signum, frame):
    raise Slow()


def expand(case):
    rule = rrulestr(case["rrule"], dtstart=EPOCH + timedelta(seconds=case["start"]))
    end = (case["lastDay"] + 1) * 86400
    out = []
    for date in rule:
        wall = int((date - EPOCH).total_seconds())
        if wall >= end or len(out) >= case["max"]:
            break
        out.append(wall)
    return out


def main():
    signal.signal(signal.SIGALRM, on_alarm)
    results = []
    for case in json.load(sys.stdin):
        signal.alarm(5)
        try:
            results.append(expand(case))
        except Slow:
            results.append(None)
        finally:
            signal.alarm(0)
    json.dump({"version": __version__, "results": results}, sys.stdout)


main()
